// Profile editor: "Add more rows" adds a blank row in place instead of posting the form back (the form works without this).
(function () {
  "use strict";
  var form = document.getElementById("profile");
  if (!form) return;
  form.addEventListener("click", function (event) {
    var button = event.target.closest("button.add-rows");
    if (!button) return;
    var rows = button.parentElement.querySelector(".rows");
    var last = rows && rows.querySelector("fieldset.row:last-of-type");
    if (!last) return; // no row to copy: let the form post back
    event.preventDefault();
    var index = rows.querySelectorAll("fieldset.row").length;
    var copy = last.cloneNode(true);
    copy.querySelectorAll("ul.error").forEach(function (e) { e.remove(); });
    copy.querySelectorAll("input, select, textarea").forEach(function (field) {
      ["name", "id"].forEach(function (attribute) {
        var value = field.getAttribute(attribute);
        if (value) field.setAttribute(attribute, value.replace(/\[\d+\]/, "[" + index + "]").replace(/_\d+__/, "_" + index + "__"));
      });
      if (field.tagName === "SELECT") field.selectedIndex = 0; else field.value = "";
    });
    var legend = copy.querySelector("legend");
    if (legend) legend.textContent = legend.textContent.replace(/\d+$/, String(index + 1));
    rows.appendChild(copy);
    var first = copy.querySelector("input, select, textarea");
    if (first) first.focus();
  });
})();
