// The act page: the fields at the top write the reader's details into the ready texts, and
// each text gets a "copy" button. Everything happens in this page: nothing is sent, stored or
// logged (no request, no cookie, no storage). Without JavaScript the fields stay hidden and
// every text is complete, its placeholders shown as such, and can be selected.
(function () {
  "use strict";

  var box = document.querySelector("[data-act-fields]");
  if (!box) {
    return;
  }
  var locale = box.getAttribute("data-locale") || document.documentElement.lang;
  var longDate = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

  // What a copy button says (in the page, where the build spaced its punctuation).
  function says(what) {
    var element = box.querySelector('[data-says="' + what + '"]');
    return element ? element.textContent : "";
  }

  // Each slot shows its placeholder until its field is filled.
  var slots = Array.prototype.slice.call(document.querySelectorAll("[data-slot]"));
  slots.forEach(function (slot) {
    slot.setAttribute("data-placeholder", slot.textContent);
  });

  function shown(input) {
    var value = input.value.trim();
    if (value && input.type === "date") {
      // "2026-11-30" from the date picker, written out in the page's language.
      var parts = value.split("-").map(Number);
      var date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
      return isNaN(date.getTime()) ? value : longDate.format(date);
    }
    return value;
  }

  function fill(input) {
    var name = input.getAttribute("data-fills");
    var value = shown(input);
    slots.forEach(function (slot) {
      if (slot.getAttribute("data-slot") === name) {
        slot.textContent = value || slot.getAttribute("data-placeholder");
        slot.classList.toggle("slot--filled", Boolean(value));
      }
    });
  }

  Array.prototype.forEach.call(box.querySelectorAll("[data-fills]"), function (input) {
    input.addEventListener("input", function () { fill(input); });
    input.addEventListener("change", function () { fill(input); });
    // A value the browser restored (back button) is written in at once.
    fill(input);
  });

  // The optional sentence on the reader's situation: kept, or left out of the page and the copy.
  var optional = box.querySelector("[data-optional-toggle]");
  function showOptional() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-optional]"), function (element) {
      element.hidden = optional && !optional.checked;
    });
  }
  if (optional) {
    optional.addEventListener("change", showOptional);
    showOptional();
  }

  // The words of a ready text as the reader sees them: paragraphs apart, signature lines one
  // under the other; hidden parts and the "optional" tag left out.
  function words(text) {
    var paragraphs = [];
    Array.prototype.forEach.call(text.querySelectorAll("p"), function (paragraph) {
      if (paragraph.hidden || paragraph.classList.contains("letter__tag")) {
        return;
      }
      var lines = [""];
      Array.prototype.forEach.call(paragraph.childNodes, function (node) {
        if (node.nodeName === "BR") {
          lines.push("");
        } else {
          lines[lines.length - 1] += node.textContent;
        }
      });
      paragraphs.push(lines.map(function (line) { return line.trim(); }).join("\n"));
    });
    return paragraphs.join("\n\n");
  }

  // The placeholders of a ready text still shown as such, once each, in reading order (a
  // hidden paragraph's do not count: they are not copied).
  function unfilled(text) {
    var found = [];
    Array.prototype.forEach.call(text.querySelectorAll("[data-slot]"), function (slot) {
      var paragraph = slot.closest("p");
      var placeholder = slot.getAttribute("data-placeholder");
      if (!slot.classList.contains("slot--filled") && !(paragraph && paragraph.hidden) &&
          found.indexOf(placeholder) === -1) {
        found.push(placeholder);
      }
    });
    return found;
  }

  function copyBySelection(value) {
    var area = document.createElement("textarea");
    area.value = value;
    area.setAttribute("readonly", "");
    area.className = "letter__buffer";
    document.body.appendChild(area);
    area.select();
    var done = document.execCommand("copy");
    document.body.removeChild(area);
    return done;
  }

  Array.prototype.forEach.call(document.querySelectorAll(".letter"), function (letter) {
    var text = letter.querySelector("[data-letter-text]");
    var button = letter.querySelector(".letter__copy");
    var status = letter.querySelector(".letter__status");
    if (!text || !button || !status) {
      return;
    }
    // Once copied: said plainly if some of the text's placeholders are still unfilled, which
    // ones, with a link back to the fields.
    function done() {
      var missing = unfilled(text);
      if (!missing.length) {
        status.textContent = says("copied");
        return;
      }
      status.textContent = says("unfilled") + " " + missing.join(", ") + ". ";
      var back = document.createElement("a");
      back.href = "#" + box.id;
      back.textContent = says("fill");
      back.addEventListener("click", function () {
        // After the jump, the first empty field takes the keyboard.
        var empty = Array.prototype.filter.call(box.querySelectorAll("[data-fills]"), function (input) {
          return !input.value.trim();
        })[0];
        if (empty) {
          window.setTimeout(function () { empty.focus(); }, 0);
        }
      });
      status.appendChild(back);
    }
    button.addEventListener("click", function () {
      var value = words(text);
      status.textContent = "";
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(value).then(done, function () {
          if (copyBySelection(value)) {
            done();
          }
        });
      } else if (copyBySelection(value)) {
        done();
      }
    });
    button.hidden = false;
  });

  box.hidden = false;
})();
