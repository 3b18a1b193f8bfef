// The share block's "copy link" button: copies the page's address with the anchor the reader
// is on (a guide step, a question). Without JavaScript the button stays hidden and the address
// field, which can be selected, does the job.
(function () {
  "use strict";

  var field = document.querySelector(".share__url");
  var button = document.querySelector(".share__button");
  var status = document.querySelector(".share__status");
  if (!field || !button || !status) {
    return;
  }

  function refresh() {
    field.value = field.getAttribute("data-page-url") + window.location.hash;
  }

  function done() {
    status.textContent = button.getAttribute("data-copied");
  }

  function copyBySelection() {
    field.focus();
    field.select();
    if (document.execCommand("copy")) {
      done();
    }
  }

  button.addEventListener("click", function () {
    refresh();
    status.textContent = "";
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, copyBySelection);
    } else {
      copyBySelection();
    }
  });
  window.addEventListener("hashchange", refresh);
  // deep-links.js changes the address without a hashchange when the reader chooses a tab.
  window.addEventListener("explainer:address", refresh);
  refresh();
  button.hidden = false;
})();
