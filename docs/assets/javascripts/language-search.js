// Search this page's language only: the theme looks for search/search_index.json below its
// "base", so base becomes the root of the page's language, where the build wrote that index.
// The root comes from the script's data-language-root (pages of the default language, whose
// root is the site's, have none). Runs before the theme's bundle, which reads #__config.
(function () {
  "use strict";

  var root = document.currentScript && document.currentScript.dataset.languageRoot;
  var element = document.getElementById("__config");
  if (!root || !element) {
    return;
  }
  var config = JSON.parse(element.textContent);
  config.base = root;
  element.textContent = JSON.stringify(config);
})();
