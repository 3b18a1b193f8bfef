// A first visit to the guide from an iPhone, an iPad or an Android phone opens that platform's
// tab. Runs with the theme's own tab scripts (explainer/engine/theme_scripts.py), before the
// theme's bundle and before our deep links: the tab is chosen once, before the theme lays the
// page out. Only when nothing else chose it: no address pointing into the page, no tab the
// reader chose before (the theme keeps it: theme-tabs-linked.js). Nothing is stored and the
// address is left as it is. The platform is named as the guide's tabs are (data/guide.yml: each
// tab's id starts its steps' anchors, ios-open-menu); iPadOS reports itself as a Mac with a
// touch screen.
(function () {
  "use strict";

  var agent = navigator.userAgent || "";
  var platform = /iPhone|iPad|iPod/.test(agent) ||
    (/Macintosh/.test(agent) && navigator.maxTouchPoints > 1) ? "ios" :
    /Android/.test(agent) ? "android" : "";
  var chosen = window.__md_get ? window.__md_get("__tabs") : null;
  if (!platform || window.location.hash || (Array.isArray(chosen) && chosen.length)) {
    return;
  }
  var step = document.querySelector('.tabbed-block .step-anchor[id^="' + platform + '-"]');
  var block = step && step.closest(".tabbed-block");
  if (block) {
    var index = Array.prototype.indexOf.call(block.parentElement.children, block);
    block.closest(".tabbed-set").querySelectorAll(":scope > input")[index].checked = true;
  }
})();
