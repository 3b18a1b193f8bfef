// Deep links. The language switcher's links carry no #anchor: add the current one, so that
// /guide/#x leads to /en/guide/#x. A guide step may sit in a content tab that is not shown:
// when the address targets it, open its tab (and any tab around it), then bring it into view.
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

  function onAddressChange() {
    keepAnchorOnLanguageLinks();
    showTarget();
  }

  window.addEventListener("hashchange", onAddressChange);
  onAddressChange();
})();
