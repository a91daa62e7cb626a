// Layer toggles of the article page. Without this script every layer
// shows and the toggles stay hidden.
(function () {
  "use strict";
  var toggles = document.getElementById("layer-toggles");
  var text = document.getElementById("doc-text");
  if (!toggles || !text) {
    return;
  }
  toggles.hidden = false;
  toggles.addEventListener("change", function (event) {
    var box = event.target;
    var layer = box && box.getAttribute("data-layer");
    if (layer) {
      text.classList.toggle("hide-" + layer, !box.checked);
    }
  });
})();
