// Material fetches sitemap.xml next to each <link rel="alternate"> of the page, to find the same
// page in another language when the reader switches. Our alternates are the page's own
// translations at their full production address (hreflang needs it), so that fetch would fail on
// every page (404), and go to the production host when the site is served from anywhere else.
// The i18n plugin already links the language switcher to this page's translations: the lookup is
// not needed, so the request is refused before it leaves (the theme then keeps those links).
(function () {
  "use strict";

  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    if (/\/sitemap\.xml$/.test(String(url))) {
      throw new Error("sitemap.xml is not fetched: the language links are already per page");
    }
    return open.apply(this, arguments);
  };
})();
