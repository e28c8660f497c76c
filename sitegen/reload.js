/* sitegen live reload: added by `sitegen serve` to served pages only.
   Long-polls the server (a relative URL), reloads after a good build keeping
   the scroll position, and shows the errors of a failed build in an overlay. */
(function (cfg) {
  "use strict";
  var KEY = "sitegen-scroll";
  var state = { id: cfg.id, epoch: cfg.epoch };

  function restoreScroll() {
    var saved;
    try { saved = JSON.parse(sessionStorage.getItem(KEY) || "null"); } catch (e) { saved = null; }
    if (!saved || saved.path !== location.pathname) { return; }
    sessionStorage.removeItem(KEY);
    window.scrollTo(saved.x, saved.y);
  }

  function reload() {
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ path: location.pathname, x: window.scrollX, y: window.scrollY }));
    } catch (e) { /* storage may be off: reload anyway */ }
    location.reload();
  }

  function showErrors(errors) {
    var old = document.getElementById("sitegen-overlay");
    if (old) { old.remove(); }
    if (!errors.length) { return; }
    var box = document.createElement("div");
    box.id = "sitegen-overlay";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:2147483647;" +
      "margin:0;padding:1em 1.5em;background:#fff5f5;color:#600;border-top:4px solid #c00;" +
      "font:14px/1.5 ui-monospace,monospace;box-shadow:0 -2px 12px rgba(0,0,0,.2)";
    var title = document.createElement("strong");
    title.textContent = "Build failed: still showing the last good site.";
    box.appendChild(title);
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "\u00d7";
    close.setAttribute("aria-label", "Hide");
    close.style.cssText = "float:right;font-size:18px;border:0;background:none;color:#600;cursor:pointer";
    close.onclick = function () { box.remove(); };
    box.insertBefore(close, title);
    var list = document.createElement("ul");
    list.style.cssText = "margin:.5em 0 0;padding-left:1.2em";
    errors.forEach(function (e) {
      var item = document.createElement("li");
      var where = e.path ? e.path + (e.line ? ":" + e.line : "") + ": " : "";
      item.textContent = where + e.message;
      list.appendChild(item);
    });
    box.appendChild(list);
    (document.body || document.documentElement).appendChild(box);
  }

  function poll(delay) {
    var url = cfg.endpoint + "?id=" + encodeURIComponent(state.id) + "&epoch=" + state.epoch;
    fetch(url, { cache: "no-store" }).then(function (r) {
      if (!r.ok) { throw new Error(String(r.status)); }
      return r.json();
    }).then(function (s) {
      if (s.id !== state.id || s.epoch !== state.epoch) {
        if (!s.errors.length) { reload(); return; }
        state = { id: s.id, epoch: s.epoch };
        showErrors(s.errors);
      }
      poll(0);
    }).catch(function () {
      /* server restarting or gone: try again, more slowly */
      setTimeout(function () { poll(Math.min(5000, (delay || 250) * 2)); }, delay || 250);
    });
  }

  function start() {
    showErrors(cfg.errors);
    poll(0);
  }

  if (document.readyState === "complete") { restoreScroll(); } else {
    window.addEventListener("load", restoreScroll);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else { start(); }
})
