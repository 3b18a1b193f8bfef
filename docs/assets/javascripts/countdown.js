/* Countdowns: every [data-countdown="<ISO instant>"] element, corrected from the reader's clock.
 *
 * The build writes each countdown as true at build time (hooks/explainer/model/clock.py); this script
 * applies the same rules with the reader's clock: same rounding, same plural categories (CLDR,
 * via Intl.PluralRules), same list format (Intl), same words (the JSON block #countdown-words,
 * from data/ui.yml) and numbers grouped as the build groups them (its "grouping"). The text
 * changes at most once a minute, without animation and without a live region, so screen readers
 * are not interrupted and reduced motion is moot.
 */
(function () {
  "use strict";

  var source = document.getElementById("countdown-words");
  var countdowns = document.querySelectorAll("[data-countdown]");
  if (!source || !countdowns.length || !window.Intl || !Intl.PluralRules || !Intl.ListFormat) {
    return; // The built text stays: it was right at build time.
  }
  var words = JSON.parse(source.textContent);
  var lang = words.lang;
  // Made when first needed, not while the page loads: each costs the browser its locale data.
  // Numbers are grouped as the build says (words.grouping), not by Intl.NumberFormat, whose
  // set-up alone took 20 ms in desktop Chromium (80 ms on Lighthouse's slow phone).
  var plurals, lists;
  var MINUTE = 60000;

  /* Whole minutes left (rounded up) or elapsed (rounded down), as in clock.span. */
  function span(target, now) {
    var delta = now - target;
    var past = delta >= 0;
    var minutes = past ? Math.floor(delta / MINUTE) : Math.ceil(-delta / MINUTE);
    return {
      days: Math.floor(minutes / 1440),
      hours: Math.floor((minutes % 1440) / 60),
      minutes: minutes % 60,
      past: past
    };
  }

  function number(count) {
    var digits = String(count);
    return digits.length < words.grouping.from ? digits
      : digits.replace(/\B(?=(\d{3})+$)/g, words.grouping.symbol);
  }

  function quantity(count, unit) {
    var forms = words.units[unit];
    plurals = plurals || new Intl.PluralRules(lang);
    var form = forms[plurals.select(count)] || forms.other;
    return form.split("{count}").join(number(count));
  }

  /* As clock.countdown_words. */
  function durationWords(value) {
    var parts = [["day", value.days]];
    if (value.past && value.days) {
      return quantity(value.days, "day");
    }
    parts.push(["hour", value.hours], ["minute", value.minutes]);
    parts = parts.filter(function (part) { return part[1]; });
    if (!parts.length) {
      return value.past ? words.less_than_a_minute : quantity(0, "minute");
    }
    var quantities = parts.map(function (part) { return quantity(part[1], part[0]); });
    if (quantities.length === 1) {
      return quantities[0];
    }
    lists = lists || new Intl.ListFormat(lang, { type: "conjunction", style: "long" });
    return lists.format(quantities);
  }

  function durationAttribute(value) {
    return "P" + value.days + "DT" + value.hours + "H" + value.minutes + "M";
  }

  function update(element, target, now) {
    var value = span(target, now);
    var when = value.past ? "after" : "before";
    var text = durationWords(value);
    var attribute = durationAttribute(value);
    element.querySelectorAll("[data-countdown-when]").forEach(function (variant) {
      variant.hidden = variant.getAttribute("data-countdown-when") !== when;
    });
    element.querySelectorAll("[data-countdown-duration]").forEach(function (time) {
      // Only touch the page when the words change: nothing for assistive technology to re-read.
      if (time.textContent !== text) {
        time.textContent = text;
        time.setAttribute("datetime", attribute);
      }
    });
  }

  var targets = [];
  countdowns.forEach(function (element) {
    var iso = element.getAttribute("data-countdown");
    var target = Date.parse(iso);
    if (isNaN(target)) {
      return;
    }
    targets.push([element, target]);
  });

  var timer = null;
  function tick() {
    var now = Date.now();
    var wait = MINUTE;
    targets.forEach(function (pair) {
      update(pair[0], pair[1], now);
      // The words change when the distance to the instant crosses a whole minute.
      var untilChange = (((pair[1] - now) % MINUTE) + MINUTE) % MINUTE || MINUTE;
      wait = Math.min(wait, untilChange);
    });
    clearTimeout(timer);
    timer = setTimeout(tick, wait + 10);
  }

  // The built text is right to the day: the correction waits until the browser is idle (at most
  // two seconds), so that it does not hold up the reader's first taps.
  if (window.requestIdleCallback) {
    window.requestIdleCallback(tick, { timeout: 2000 });
  } else {
    setTimeout(tick, 0);
  }
  // Timers sleep in background tabs: catch up as soon as the page is seen again.
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) {
      tick();
    }
  });
})();
