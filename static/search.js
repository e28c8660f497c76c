/* Full-text search over the prebuilt index in search/ (see sitegen/search.py).
   Nothing is loaded until the reader types; then the meta file, the shards of
   the query's words and the document chunks of the shown results, as
   <script> files, so search works offline and from file://. */
(function () {
  "use strict";
  var form = document.getElementById("search");
  var out = document.getElementById("search-out");
  var said = document.getElementById("search-status");
  if (!form || !out || !said || !("Promise" in window)) return;
  var input = form.elements.q;
  var base = form.getAttribute("data-index");
  var root = form.getAttribute("data-root");
  var listing = document.querySelectorAll(".listing, #content > .pager");
  var WIDE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
  var MAX_TERM = 24, MAX_EXPANSION = 300, PAGE = 20, DELAY = 120;
  var store = {}, pending = {}, meta = null, seq = 0, timer = 0;

  window.SITEGEN_SEARCH = function (key, data) { store[key] = data; };

  function load(key) {
    if (store[key]) return Promise.resolve(store[key]);
    if (!pending[key]) {
      pending[key] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = base + key + ".js" + (meta ? "?v=" + meta.version : "");
        script.onload = function () { if (store[key]) resolve(store[key]); else fail(); };
        script.onerror = fail;
        function fail() { delete pending[key]; reject(new Error("cannot load " + script.src)); }
        document.head.appendChild(script);
      });
    }
    return pending[key];
  }

  /* The same rule as terms() in sitegen/search.py. */
  function tokens(text) {
    var folded = text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
    var words = folded.match(/[\p{L}\p{N}]+/gu) || [];
    var result = [];
    words.forEach(function (word) {
      if (!WIDE.test(word)) {
        if (word.length > 1 || /^\p{Nd}$/u.test(word)) result.push(word.slice(0, MAX_TERM));
        return;
      }
      var run = "";
      Array.from(word).forEach(function (ch) {
        if (WIDE.test(ch)) { if (run) result.push(run.slice(0, MAX_TERM)); run = ""; result.push(ch); }
        else run += ch;
      });
      if (run) result.push(run.slice(0, MAX_TERM));
    });
    return result.filter(function (t, i) { return result.indexOf(t) === i; });
  }

  /* Postings: base-36 deltas of id*2+inTitle -> {id: titleHit}. */
  function decode(text, into) {
    var value = 0;
    text.split(",").forEach(function (part) {
      value += parseInt(part, 36);
      var id = value >> 1;
      into[id] = (into[id] || 0) | (value & 1);
    });
    return into;
  }

  /* The same rule as shard_name() in sitegen/search.py. */
  function shardName(key) {
    var name = Array.from(key).map(function (ch) {
      return /[a-z0-9]/.test(ch) ? ch : "_" + ch.codePointAt(0).toString(16) + "_";
    }).join("");
    return "terms-" + (name || "_");
  }

  function lookup(token, isPrefix) {
    var chars = Array.from(token);  /* code points, as Python slices */
    var key = chars.slice(0, meta.prefix).join("");
    if (meta.shards.indexOf(key) < 0) return Promise.resolve({});
    return load(shardName(key)).then(function (shard) {
      var hits = {};
      if (!isPrefix || chars.length < meta.prefix) {
        if (Object.prototype.hasOwnProperty.call(shard, token)) decode(shard[token], hits);
        return hits;
      }
      var expanded = 0;
      for (var term in shard) {
        if (term.lastIndexOf(token, 0) === 0 && expanded++ < MAX_EXPANSION) decode(shard[term], hits);
      }
      return hits;
    });
  }

  function search(query) {
    var words = tokens(query);
    if (!words.length) return Promise.resolve([]);
    var open = !/\s$/.test(query);
    return load("meta").then(function (m) {
      meta = m;
      return Promise.all(words.map(function (w, i) { return lookup(w, open && i === words.length - 1); }));
    }).then(function (lists) {
      var scores = {};
      Object.keys(lists[0]).forEach(function (id) {
        var score = 0;
        for (var i = 0; i < lists.length; i++) {
          if (!(id in lists[i])) return;
          score += lists[i][id];
        }
        scores[id] = score;
      });
      return Object.keys(scores).map(Number).sort(function (a, b) {
        return scores[b] - scores[a] || a - b;
      });
    });
  }

  function documents(ids) {
    var chunks = ids.map(function (id) { return Math.floor(id / meta.chunk); });
    return Promise.all(chunks.map(function (c) { return load("docs-" + c); })).then(function (loaded) {
      return ids.map(function (id, i) { return loaded[i][id % meta.chunk]; });
    });
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  function status(text) {
    said.textContent = text;
  }

  /* Append results count.. of `ids` to `list`, then a "More results" button if any are left. */
  function render(ids, count, list) {
    return documents(ids.slice(count, count + PAGE)).then(function (docs) {
      docs.forEach(function (doc) {
        var item = element("li");
        var link = element("a", "", doc[1]);
        link.href = root + doc[0];
        item.appendChild(link);
        var meta = element("p", "meta");
        if (doc[2]) meta.appendChild(element("span", "", doc[2]));
        meta.appendChild(element("span", "", doc[3]));
        item.appendChild(meta);
        if (doc[4]) item.appendChild(element("p", "summary", doc[4]));
        list.appendChild(item);
      });
      if (count + PAGE >= ids.length) return;
      var more = element("button", "", "More results");
      more.type = "button";
      more.addEventListener("click", function () {
        more.remove();
        render(ids, count + PAGE, list).then(function () { list.children[count + PAGE].querySelector("a").focus(); });
      });
      list.after(more);
    });
  }

  function run() {
    var query = input.value;
    var mine = ++seq;
    var empty = !query.trim();
    for (var i = 0; i < listing.length; i++) listing[i].hidden = !empty;
    if (empty) { out.textContent = ""; status(""); return; }
    if (!meta) status("Loading the search index…");
    var list = element("ol", "search-results");
    var found = [];
    search(query).then(function (ids) {
      found = ids;
      if (mine === seq && ids.length) {
        var holder = document.createDocumentFragment();
        holder.appendChild(list);
        return render(ids, 0, list);
      }
    }).then(function () {
      if (mine !== seq) return;
      var phrase = "\u201c" + query.trim() + "\u201d";
      status(found.length ? found.length + (found.length === 1 ? " document matches " : " documents match ") + phrase
        : "No document matches " + phrase + ".");
      out.textContent = "";
      if (!found.length) return;
      var more = list.parentNode.querySelector("button");
      out.appendChild(list);
      if (more) out.appendChild(more);
    }).catch(function () {
      if (mine === seq) { out.textContent = ""; status("The search index could not be loaded."); }
    });
  }

  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, DELAY); });
  form.addEventListener("submit", function (event) { event.preventDefault(); clearTimeout(timer); run(); });
  var initial = /[?&]q=([^&]*)/.exec(location.search);
  if (initial) { input.value = decodeURIComponent(initial[1].replace(/\+/g, " ")); run(); }
})();
