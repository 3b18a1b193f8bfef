// Material for MkDocs 9.8.1 (MIT licence), partials/javascripts/content.html (last script), moved from an inline <script> to
// this file: the site's Content-Security-Policy allows no inline script.
// tests/test_theme_scripts.py checks that it still matches the installed theme.
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
