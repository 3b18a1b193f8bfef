// Deep links. The language switcher's links carry no #anchor: add the current one, so that
// /guide/#x leads to /en/guide/#x. A guide step may sit in a content tab that is not shown:
// when the address targets it, open its tab (and any tab around it), then bring it into view.
// A tab the reader chooses gives the address its first step's anchor, never the theme's own.
(function () {
  "use strict";

  function keepAnchorOnLanguageLinks() {
    var links = document.querySelectorAll("a.md-select__link[hreflang]");
    Array.prototype.forEach.call(links, function (link) {
      var address = link.getAttribute("href").split("#")[0];
      link.setAttribute("href", address + window.location.hash);
    });
  }

  function openTabsAround(target) {
    var block = target.closest(".tabbed-block");
    while (block) {
      var set = block.closest(".tabbed-set");
      var blocks = Array.prototype.slice.call(block.parentElement.children);
      var inputs = set.querySelectorAll(":scope > input");
      var input = inputs[blocks.indexOf(block)];
      if (input && !input.checked) {
        input.checked = true;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      }
      block = set.parentElement ? set.parentElement.closest(".tabbed-block") : null;
    }
  }

  function showTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.closest(".tabbed-block")) {
      openTabsAround(target);
      target.scrollIntoView();
    }
  }

  // The block of content a tab's radio button shows.
  function blockOfTab(input) {
    var set = input.closest(".tabbed-set");
    var inputs = Array.prototype.slice.call(set.querySelectorAll(":scope > input"));
    var content = set.querySelector(":scope > .tabbed-content");
    return content ? content.children[inputs.indexOf(input)] : null;
  }

  // Choosing a tab puts the theme's own anchor in the address (#__tabbed_1_3), which means
  // nothing once the page changes: the address takes the anchor of the tab's first step instead
  // (the step a link to this tab should open), unless it already points into that tab. The
  // address bar, the language switcher and the share block's "copy link" then all give it.
  function addressOfTab(input) {
    var block = blockOfTab(input);
    var current = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (!block || (current && block.contains(current))) {
      return;
    }
    var first = block.querySelector(".step-anchor[id]") || block.querySelector("[id]");
    if (first) {
      history.replaceState(history.state, "", "#" + first.id);
      keepAnchorOnLanguageLinks();
      window.dispatchEvent(new Event("explainer:address"));
    }
  }

  function onAddressChange() {
    keepAnchorOnLanguageLinks();
    showTarget();
    // A link shared with the theme's anchor (#__tabbed_1_3) still opens its tab (the theme's
    // script), and the address becomes the step's.
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.matches(".tabbed-set > input")) {
      addressOfTab(target);
    }
  }

  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches(".tabbed-set > input:checked")) {
      addressOfTab(event.target);
    }
  });
  window.addEventListener("hashchange", onAddressChange);
  onAddressChange();
})();
