// Narrows the admin forms' long menus as the editor types: a search box before each select marked
// data-search, and before each long set of checkboxes. Without scripts the menus work as they are;
// a chosen option or ticked box is never hidden.
(function () {
  "use strict";
  var LONG = 8;

  function searchBox(label, narrow, before) {
    var input = document.createElement("input");
    input.type = "search";
    input.className = "menu-search";
    input.placeholder = "Type to narrow the list";
    input.setAttribute("aria-label", "Narrow the list: " + label);
    input.addEventListener("input", function () {
      narrow(input.value.trim().toLowerCase());
    });
    before.parentNode.insertBefore(input, before);
  }

  function matches(text, words) {
    return words === "" || text.toLowerCase().indexOf(words) >= 0;
  }

  document.querySelectorAll("select[data-search]").forEach(function (select) {
    if (select.options.length <= LONG) {
      return;
    }
    var label = select.labels && select.labels.length ? select.labels[0].textContent : "";
    searchBox(label, function (words) {
      Array.prototype.forEach.call(select.options, function (option) {
        option.hidden = option.value !== "" && !option.selected && !matches(option.text, words);
      });
      select.querySelectorAll("optgroup").forEach(function (group) {
        group.hidden = Array.prototype.every.call(group.children, function (o) {
          return o.hidden;
        });
      });
    }, select);
  });

  document.querySelectorAll("fieldset.checkboxes").forEach(function (set) {
    var boxes = set.querySelectorAll(".check");
    if (boxes.length <= LONG) {
      return;
    }
    var legend = set.querySelector("legend");
    searchBox(legend ? legend.textContent : "", function (words) {
      boxes.forEach(function (box) {
        box.hidden = !box.querySelector("input").checked && !matches(box.textContent, words);
      });
    }, boxes[0]);
  });
})();
