// The colour scheme switch in the header, in place of the theme's own (overrides/partials/
// palette.html: the theme's bundle no longer finds its form). The theme's switch applied a scheme
// at every load, even the one the page already showed, and set the page's color-scheme: each
// time the browser restyled every element of the page, the largest part of the work that holds
// a phone up after the first paint. This one does no such thing at load:
// - with no choice made, the stylesheet follows the phone, light or dark, even when it changes
//   (engine/theme_palette.py: follow_system), and the switch shown leads to the other scheme;
// - a choice is applied when it is made, and kept where and as the theme keeps it (`__palette`):
//   on the next pages theme-palette.js applies it before this runs.
// Runs in the theme file, after theme-palette.js and before the theme's bundle.
(function () {
  "use strict";

  var form = document.querySelector("form[data-palette-switch]");
  if (!form || !window.__md_get) {
    return;
  }
  var options = [].slice.call(form.querySelectorAll("input[name=__palette]"));
  var body = document.body;
  var KEYS = ["media", "scheme", "primary", "accent"];
  var media = function (option) {
    return matchMedia(option.getAttribute("data-md-color-media"));
  };
  // The option the reader chose (on any page of the site), or -1.
  var chosen = function () {
    var saved = __md_get("__palette");
    return saved && options[saved.index] ? saved.index : -1;
  };
  // The option the phone's preference matches (the first, if none does).
  var matching = function () {
    return Math.max(0, options.findIndex(function (option) {
      return media(option).matches;
    }));
  };
  var current;

  // Each option's switch (the label after it) leads to the next option: only the current
  // option's shows. A label already right is left alone (no restyle).
  var show = function (index) {
    current = index;
    options.forEach(function (option, other) {
      var label = option.nextElementSibling;
      if (label && label.hidden !== (other !== index)) {
        label.hidden = other !== index;
      }
    });
  };

  // The browser's own parts (a phone's address bar, scroll bars) follow the page's scheme, read
  // from the header as it now shows, as the theme did.
  var tellTheBrowser = function () {
    var style = getComputedStyle(document.querySelector("header"));
    document.querySelectorAll("meta[name=theme-color]").forEach(function (meta) {
      meta.content = style.backgroundColor;
    });
    document.querySelectorAll("meta[name=color-scheme]").forEach(function (meta) {
      meta.content = style.colorScheme;
    });
  };

  var choose = function (index) {
    var color = {};
    KEYS.forEach(function (key) {
      color[key] = options[index].getAttribute("data-md-color-" + key);
      body.setAttribute("data-md-color-" + key, color[key]);
    });
    // The theme's "automatic" option: without data-md-color-media, the stylesheet follows the
    // phone (theme-palette.js resolves it the same way on the next pages).
    if (color.media === "(prefers-color-scheme)") {
      body.removeAttribute("data-md-color-media");
    }
    show(index);
    __md_set("__palette", { index: index, color: color });
    tellTheBrowser();
  };

  options.forEach(function (option, index) {
    option.addEventListener("change", function () {
      if (option.checked) {
        choose(index);
      }
    });
    // With no choice made, the switch follows the phone when its preference changes.
    media(option).addEventListener("change", function () {
      if (chosen() < 0) {
        show(matching());
      }
    });
  });

  // Enter on the focused option moves to the next one, as in the theme.
  form.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var next = options[(current + 1) % options.length];
      next.click();
      next.focus();
    }
  });

  show(chosen() < 0 ? matching() : chosen());
  // The page's static <meta name="color-scheme"> follows the phone: only a choice against the
  // phone needs telling, the one case that costs a restyle at load.
  if (chosen() >= 0 && chosen() !== matching()) {
    tellTheBrowser();
  }
})();
