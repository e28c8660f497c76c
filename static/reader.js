/* Reader settings: theme, text size and line width, kept in localStorage.
   The inline script in <head> applies them before the first paint; this one
   shows the settings panel and saves changes. Without it the page reads the same. */
(function () {
  "use strict";
  var KEY = "sitegen-reader";
  var root = document.documentElement;

  /* Wide code and tables scroll sideways: keyboard readers must reach them. */
  function markScrollable() {
    var boxes = document.querySelectorAll("article pre, article table");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].scrollWidth > boxes[i].clientWidth) boxes[i].setAttribute("tabindex", "0");
      else if (boxes[i].getAttribute("tabindex") === "0") boxes[i].removeAttribute("tabindex");
    }
  }
  markScrollable();
  var resizing = 0;
  window.addEventListener("resize", function () { clearTimeout(resizing); resizing = setTimeout(markScrollable, 150); });

  /* The contents start folded, so that on a narrow screen the title comes first;
     where they stand in a column beside the text, they are unfolded. */
  var toc = document.querySelector(".toc details");
  var wide = window.matchMedia("(min-width: 70em)");
  function unfoldBeside() { if (toc) toc.open = wide.matches; }
  unfoldBeside();
  if (wide.addEventListener) wide.addEventListener("change", unfoldBeside);

  var form = document.getElementById("reader-settings");
  if (!form) return;
  var prefs = {};
  try { prefs = JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { prefs = {}; }

  function apply(name, value) {
    if (value) root.setAttribute("data-" + name, value);
    else root.removeAttribute("data-" + name);
  }

  ["theme", "size", "width"].forEach(function (name) {
    var select = form.elements[name];
    select.value = prefs[name] || "";
    if (select.selectedIndex < 0) select.value = "";
    select.addEventListener("change", function () {
      if (select.value) prefs[name] = select.value;
      else delete prefs[name];
      apply(name, select.value);
      markScrollable();
      try { localStorage.setItem(KEY, JSON.stringify(prefs)); } catch (e) { /* private mode: this page only */ }
    });
  });

  var panel = form.closest("details");
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && panel.open) { panel.open = false; panel.querySelector("summary").focus(); }
  });
  document.addEventListener("click", function (event) {
    if (panel.open && !panel.contains(event.target)) panel.open = false;
  });
})();
