// Search this page's language only: the theme looks for search/search_index.json below its
// "base", so base becomes the root of the page's language, where the build wrote that index.
(function () {
  var element = document.getElementById("__config");
  var config = JSON.parse(element.textContent);
  config.base = document.currentScript.dataset.languageRoot;
  element.textContent = JSON.stringify(config);
})();
