// Browse, search, filter, sort and random pick over the albums section's JSON index (layouts/_default/list.json).
// Progressive enhancement: the paginated grid the page was served with stays until the index has loaded, and stays
// for good if it cannot. No framework, no external request; data reaches the page only through textContent and
// DOM properties. The view lives in the query string (?q=&genre=&style=&format=&decade=&label=&sort=), so it can be
// shared and the back button walks through it.
(function () {
  "use strict";

  var root = document.querySelector(".finder");
  if (!root || !window.fetch || !window.history.pushState) {
    return;
  }

  var PAGE = 48;
  var FACETS = [["genre", "g"], ["style", "s"], ["format", "f"], ["decade", "d"], ["label", "l"]];
  var SORTS = ["added", "artist", "title", "year"];
  var section = root.getAttribute("data-section");
  var form = root.querySelector(".finder-controls");
  var search = form.elements.namedItem("q");
  var sortSelect = form.elements.namedItem("sort");
  var results = root.querySelector(".finder-results");
  var status = root.querySelector(".finder-status");
  var more = root.querySelector(".finder-more");
  var baseline = document.querySelector(".finder-baseline");
  var collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
  var albums = [];
  var terms = {};
  var matches = [];
  var shown = 0;
  var typing = false;

  // Diacritic- and case-insensitive: "bjork" finds Björk; kana and other scripts still find themselves.
  function fold(text) {
    return String(text || "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }

  function termTitle(short, id) {
    var term = terms[short] && terms[short][id];
    return term ? term[1] : "";
  }

  function prepare(index) {
    terms = index.terms || {};
    albums = (index.albums || []).map(function (album, order) {
      album.order = order;
      album.keys = {};
      FACETS.forEach(function (facet) {
        album.keys[facet[1]] = (album[facet[1]] || []).map(function (id) { return terms[facet[1]][id][0]; });
      });
      return album;
    });
  }

  function fillFacets() {
    FACETS.forEach(function (facet) {
      var select = form.elements.namedItem(facet[0]);
      var table = terms[facet[1]] || [];
      var counts = table.map(function () { return 0; });
      albums.forEach(function (album) {
        (album[facet[1]] || []).forEach(function (id) { counts[id] += 1; });
      });
      var order = table.map(function (term, id) { return id; }).filter(function (id) { return counts[id] > 0; });
      order.sort(function (a, b) { return collator.compare(table[a][1], table[b][1]); });
      order.forEach(function (id) {
        var option = document.createElement("option");
        option.value = table[id][0];
        option.textContent = table[id][1] + " (" + counts[id] + ")";
        select.appendChild(option);
      });
      select.closest(".finder-field").hidden = order.length === 0;
    });
  }

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var state = { q: params.get("q") || "", sort: params.get("sort") || "added" };
    if (SORTS.indexOf(state.sort) < 0) {
      state.sort = "added";
    }
    FACETS.forEach(function (facet) { state[facet[0]] = params.get(facet[0]) || ""; });
    return state;
  }

  function formState() {
    var state = { q: search.value.trim(), sort: sortSelect.value };
    FACETS.forEach(function (facet) { state[facet[0]] = form.elements.namedItem(facet[0]).value; });
    return state;
  }

  function showState(state) {
    search.value = state.q;
    sortSelect.value = state.sort;
    FACETS.forEach(function (facet) {
      var select = form.elements.namedItem(facet[0]);
      select.value = state[facet[0]];
      if (select.value !== state[facet[0]]) {
        select.value = "";
      }
    });
  }

  function urlOf(state) {
    var params = new URLSearchParams();
    if (state.q) {
      params.set("q", state.q);
    }
    FACETS.forEach(function (facet) {
      if (state[facet[0]]) {
        params.set(facet[0], state[facet[0]]);
      }
    });
    if (state.sort !== "added") {
      params.set("sort", state.sort);
    }
    var query = params.toString();
    return window.location.pathname + (query ? "?" + query : "");
  }

  function byArtist(a, b) {
    return collator.compare(a.a || "", b.a || "") || collator.compare(a.t, b.t) || a.order - b.order;
  }

  var comparers = {
    added: function (a, b) { return a.order - b.order; },
    artist: byArtist,
    title: function (a, b) { return collator.compare(a.t, b.t) || byArtist(a, b); },
    // Oldest first; albums without a known year last.
    year: function (a, b) { return (a.y || 99999) - (b.y || 99999) || byArtist(a, b); },
  };

  // The folded search text of every album, made on the first search only: a filtered or sorted view needs none.
  function indexText() {
    if (albums.length && albums[0].text === undefined) {
      albums.forEach(function (album) {
        var labels = (album.l || []).map(function (id) { return termTitle("l", id); });
        album.text = fold([album.t, album.a, labels.join(" "), (album.n || []).join(" ")].join(" "));
        // Catalogue numbers are also matched without their spaces and dashes ("pb41447" finds "PB 41447").
        album.compact = album.text.replace(/[\s\-.\/]+/g, "");
      });
    }
  }

  function filter(state) {
    var words = fold(state.q).split(/\s+/).filter(Boolean);
    if (words.length) {
      indexText();
    }
    var wanted = FACETS.filter(function (facet) { return state[facet[0]]; });
    return albums.filter(function (album) {
      for (var i = 0; i < wanted.length; i += 1) {
        if (album.keys[wanted[i][1]].indexOf(state[wanted[i][0]]) < 0) {
          return false;
        }
      }
      return words.every(function (word) { return album.text.indexOf(word) >= 0 || album.compact.indexOf(word) >= 0; });
    }).sort(comparers[state.sort]);
  }

  function card(album) {
    var item = document.createElement("li");
    item.className = "card";
    var link = document.createElement("a");
    link.className = "card-link";
    link.href = section + album.u;
    var cover;
    if (album.c) {
      cover = document.createElement("img");
      cover.src = section + album.u + album.c;
      cover.alt = "";
      cover.width = 300;
      cover.height = 300;
      cover.loading = "lazy";
      cover.decoding = "async";
    } else {
      cover = document.createElement("span");
      cover.setAttribute("aria-hidden", "true");
      cover.className = "card-cover-missing";
    }
    cover.classList.add("card-cover");
    var title = document.createElement("span");
    title.className = "card-title";
    title.textContent = album.t;
    link.append(cover, title);
    item.appendChild(link);
    [["card-artist", album.a], ["card-year", album.y]].forEach(function (extra) {
      if (extra[1]) {
        var span = document.createElement("span");
        span.className = extra[0];
        span.textContent = String(extra[1]);
        item.appendChild(span);
      }
    });
    return item;
  }

  function showMore() {
    var fragment = document.createDocumentFragment();
    matches.slice(shown, shown + PAGE).forEach(function (album) { fragment.appendChild(card(album)); });
    results.appendChild(fragment);
    shown = Math.min(matches.length, shown + PAGE);
    more.hidden = shown >= matches.length;
  }

  function render(state) {
    matches = filter(state);
    shown = 0;
    results.replaceChildren();
    results.setAttribute("data-count", String(matches.length));
    status.textContent = matches.length === 0 ? "No album matches."
      : matches.length + (matches.length === 1 ? " album" : " albums");
    showMore();
  }

  function update(push) {
    var state = formState();
    var url = urlOf(state);
    if (url !== window.location.pathname + window.location.search) {
      window.history[push ? "pushState" : "replaceState"](null, "", url);
    }
    render(state);
  }

  function start(index) {
    prepare(index);
    fillFacets();
    var state = readState();
    showState(state);
    render(formState());
    baseline.hidden = true;
    root.hidden = false;
    // For measuring (bench "site" mode, browser devtools): when the first results were on screen.
    if (window.performance && performance.mark) {
      performance.mark("browse:first-result");
    }

    // The first keystroke of a search is a new history entry; the rest of the typing replaces it.
    search.addEventListener("input", function () {
      update(!typing);
      typing = true;
    });
    form.addEventListener("change", function (event) {
      if (event.target !== search) {
        typing = false;
        update(true);
      }
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () {
      window.setTimeout(function () {
        typing = false;
        update(true);
      }, 0);
    });
    more.addEventListener("click", showMore);
    root.querySelector(".finder-random").addEventListener("click", function () {
      var pool = matches.length ? matches : albums;
      if (pool.length) {
        window.location.assign(section + pool[Math.floor(Math.random() * pool.length)].u);
      }
    });
    window.addEventListener("popstate", function () {
      typing = false;
      showState(readState());
      render(formState());
    });
  }

  fetch(root.getAttribute("data-index"), { credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("index " + response.status);
      }
      return response.json();
    })
    .then(start)
    .catch(function () {
      // The served grid stays; say why the search is missing rather than failing silently.
      baseline.insertAdjacentElement("beforebegin", status);
      status.textContent = "Search is unavailable; the full list is below.";
    });
})();
