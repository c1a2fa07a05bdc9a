
(function () {
  var q = document.getElementById("q"), o = document.getElementById("outlet");
  var n = document.getElementById("shown");
  if (!q || !o) return;
  function run() {
    var t = q.value.trim().toLowerCase(), src = o.value, k = 0;
    var all = document.querySelectorAll("li.item, article.contested-item");
    for (var i = 0; i < all.length; i++) {
      var e = all[i], g = e.closest("[data-src]");
      var ok = (!src || (" " + g.getAttribute("data-src") + " ").indexOf(" " + src + " ") >= 0)
        && (!t || e.textContent.toLowerCase().indexOf(t) >= 0);
      e.hidden = !ok;
      if (ok) k++;
    }
    var d = document.querySelectorAll("details.group");
    for (var j = 0; j < d.length; j++) {
      var vis = d[j].querySelector("li.item:not([hidden])");
      d[j].hidden = !vis;
      if (t || src) d[j].open = !!vis;
    }
    n.textContent = (t || src) ? k + " of " + all.length + " points shown" : "";
  }
  q.addEventListener("input", run);
  o.addEventListener("change", run);
})();
