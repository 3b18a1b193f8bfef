// Search costs nothing until the reader opens it. The theme (Material for MkDocs 9.8.1) starts
// its search worker (12 KB) and downloads the search index (25 KB, more than the page) as soon as
// a page loads, although most readers never search. Both wait here until the reader opens search:
// focus enters the search box (a click, a tap on the magnifier, the theme's keyboard shortcuts),
// or the search dialog is toggled open.
//
// It holds back two standard browser calls, and only for the two addresses the theme names:
// `new Worker(search)`, where `search` is the worker address in the page's #__config, and the
// XMLHttpRequest for search/search_index.json. It does not depend on how the theme's code is
// written or minified; if a later theme loads either another way, search still works, only
// earlier (tests/test_lazy_search.py fails; UPGRADING.md says what to do).
// Runs before the theme's bundle (both are deferred, this one first).
(function () {
  "use strict";

  var config = document.getElementById("__config");
  var RealWorker = window.Worker;
  if (!config || !RealWorker || !window.EventTarget) {
    return;
  }
  var workerAddress = new URL(JSON.parse(config.textContent).search, document.baseURI).href;
  var INDEX = /\/search\/search_index\.json$/;

  var opened = false;
  var waiting = [];
  function whenOpened(callback) {
    if (opened) {
      callback();
    } else {
      waiting.push(callback);
    }
  }
  function open() {
    if (!opened) {
      opened = true;
      waiting.splice(0).forEach(function (callback) {
        try {
          callback();
        } catch (error) {
          setTimeout(function () { throw error; });
        }
      });
    }
  }
  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest("[data-md-component='search']")) {
      open();
    }
  });
  var toggle = document.getElementById("__search");
  if (toggle) {
    toggle.addEventListener("change", function () {
      if (toggle.checked) {
        open();
      }
    });
  }

  // Stands for the theme's search worker until search opens, then passes everything through.
  class DeferredWorker extends EventTarget {
    constructor(address, options) {
      super();
      this.address = address;
      this.options = options;
      this.worker = null;
      this.onmessage = null;
      this.onerror = null;
      whenOpened(this.start.bind(this));
    }

    start() {
      if (!this.worker) {
        this.worker = new RealWorker(this.address, this.options);
        ["message", "messageerror", "error"].forEach(function (type) {
          this.worker.addEventListener(type, this.relay.bind(this));
        }, this);
      }
      return this.worker;
    }

    relay(event) {
      // An event cannot be dispatched twice: the page gets a copy.
      var copy = event.type === "error"
        ? new ErrorEvent("error", { message: event.message, filename: event.filename,
                                    lineno: event.lineno, colno: event.colno })
        : new MessageEvent(event.type, { data: event.data });
      this.dispatchEvent(copy);
      var handler = this["on" + event.type];
      if (typeof handler === "function") {
        handler.call(this, copy);
      }
    }

    postMessage(message, transfer) {
      this.start().postMessage(message, transfer);
    }

    terminate() {
      if (this.worker) {
        this.worker.terminate();
      }
    }
  }

  window.Worker = function Worker(address, options) {
    if (new URL(String(address), document.baseURI).href === workerAddress) {
      return new DeferredWorker(address, options);
    }
    return new RealWorker(address, options);
  };
  window.Worker.prototype = RealWorker.prototype;

  var held = new WeakSet();
  var openRequest = XMLHttpRequest.prototype.open;
  var sendRequest = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, address) {
    if (INDEX.test(new URL(String(address), document.baseURI).pathname)) {
      held.add(this);
    }
    return openRequest.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (!held.has(request)) {
      return sendRequest.apply(request, args);
    }
    whenOpened(function () { sendRequest.apply(request, args); });
  };
})();
