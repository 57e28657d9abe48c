/* zhpolicy staff page: drag and drop, row <-> text links, filters, edits kept in this browser.
   Plain JavaScript, no build step.  Edits live in localStorage under "zhpolicy:edits:<doc_id>"
   (the document's content hash), so they survive a reload, and uploading the same file again
   brings them back.  Text from the document is only ever set with textContent. */
(function () {
  "use strict";
  var EDITS = "zhpolicy:edits:";
  var DOCS = "zhpolicy:docs";

  function load(key, fallback) {
    try { var v = JSON.parse(localStorage.getItem(key)); return v === null ? fallback : v; }
    catch (e) { return fallback; }
  }
  function save(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); return true; } catch (e) { return false; }
  }

  /* --- the upload page ------------------------------------------------------------------ */
  function initIndex() {
    var form = document.getElementById("upload-form");
    var input = document.getElementById("files");
    var zone = document.getElementById("dropzone");
    var chosen = document.getElementById("chosen");
    function showChosen() {
      var names = Array.prototype.map.call(input.files || [], function (f) { return f.name; });
      chosen.textContent = names.length ? "已选择：" + names.join("、") : "";
    }
    input.addEventListener("change", showChosen);
    ["dragenter", "dragover"].forEach(function (t) {
      zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (t) {
      zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (e) {
      if (!e.dataTransfer || !e.dataTransfer.files.length) return;
      input.files = e.dataTransfer.files;
      showChosen();
      form.submit();
    });
    form.addEventListener("submit", function () {
      var b = document.getElementById("submit");
      b.disabled = true; b.textContent = "正在分析…";
    });
    window.addEventListener("pageshow", function () {
      var b = document.getElementById("submit");
      b.disabled = false; b.textContent = "开始分析";
    });
    var docs = load(DOCS, []);
    if (docs.length) {
      var list = document.getElementById("recent-list");
      docs.forEach(function (d) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = "/doc/" + encodeURIComponent(d.id);
        a.textContent = d.title || d.id;
        li.appendChild(a);
        var n = Object.keys(load(EDITS + d.id, {})).length;
        if (n) { var s = document.createElement("small"); s.textContent = "（已修改 " + n + " 行）"; li.appendChild(s); }
        list.appendChild(li);
      });
      document.getElementById("recent").hidden = false;
    }
  }

  /* --- the document page ---------------------------------------------------------------- */
  function initDoc() {
    var docId = document.body.getAttribute("data-doc");
    var key = EDITS + docId;
    var edits = load(key, {});
    var table = document.getElementById("reqs");
    var text = document.getElementById("doctext");
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    var savedNote = document.getElementById("saved");

    // remember the document for the upload page's list
    var docs = load(DOCS, []).filter(function (d) { return d.id !== docId; });
    docs.unshift({ id: docId, title: document.body.getAttribute("data-title"), time: Date.now() });
    save(DOCS, docs.slice(0, 30));

    function rowEdits(id) { return edits[id] || (edits[id] = {}); }
    function persist() {
      Object.keys(edits).forEach(function (id) { if (!Object.keys(edits[id]).length) delete edits[id]; });
      savedNote.textContent = save(key, edits) ? "修改已保存在本浏览器" : "无法保存修改（浏览器存储不可用）";
    }
    function markRow(row) {
      var e = edits[row.getAttribute("data-req")] || {};
      row.classList.toggle("dropped", !!e.dropped);
      row.querySelector(".drop").textContent = e.dropped ? "恢复" : "删除";
      row.querySelectorAll("[data-field]").forEach(function (f) {
        f.classList.toggle("edited", f.getAttribute("data-field") in e);
      });
    }

    // apply stored edits
    rows.forEach(function (row) {
      var e = edits[row.getAttribute("data-req")];
      if (e) {
        row.querySelectorAll("[data-field]").forEach(function (f) {
          var name = f.getAttribute("data-field");
          if (name in e) f.value = e[name];
        });
      }
      markRow(row);
    });

    table.addEventListener("input", onEdit);
    table.addEventListener("change", onEdit);
    function onEdit(ev) {
      var f = ev.target;
      if (!f.hasAttribute || !f.hasAttribute("data-field")) return;
      var row = f.closest("tr"), id = row.getAttribute("data-req"), name = f.getAttribute("data-field");
      var e = rowEdits(id);
      if (f.value === f.getAttribute("data-orig")) delete e[name]; else e[name] = f.value;
      persist(); markRow(row);
    }

    table.addEventListener("click", function (ev) {
      var t = ev.target;
      var row = t.closest && t.closest("tr[data-req]");
      if (!row) return;
      if (t.classList.contains("drop")) {
        var e = rowEdits(row.getAttribute("data-req"));
        if (e.dropped) delete e.dropped; else e.dropped = true;
        persist(); markRow(row); applyFilters();
        return;
      }
      if (t.matches("input, select, option, button")) return;
      select(row.getAttribute("data-req"), "text");
    });

    text.addEventListener("click", function (ev) {
      var seg = ev.target.closest && ev.target.closest("[data-r]");
      if (!seg) return;
      var ids = seg.getAttribute("data-r").split(" ");
      select(ids[ids.length - 1], "row");
    });

    // one requirement selected: its spans in the text and its row
    function select(id, scroll) {
      document.querySelectorAll(".hl").forEach(function (el) { el.classList.remove("hl"); });
      var spans = text.querySelectorAll('[data-r~="' + String(parseInt(id, 10)) + '"]');
      spans.forEach(function (s) { s.classList.add("hl"); });
      var row = document.getElementById("row-" + parseInt(id, 10));
      if (row) row.classList.add("hl");
      if (scroll === "text" && spans.length) spans[0].scrollIntoView({ block: "center" });
      if (scroll === "row" && row) row.scrollIntoView({ block: "center" });
    }

    // outline: scroll the text pane, not the whole page
    document.getElementById("outline") && document.getElementById("outline").addEventListener("click", function (ev) {
      var a = ev.target.closest("a[data-dir]");
      if (!a) return;
      var target = document.getElementById("d-" + a.getAttribute("data-dir"));
      if (!target) return;
      ev.preventDefault();
      target.scrollIntoView({ block: "start" });
      document.querySelectorAll(".outline a.current").forEach(function (x) { x.classList.remove("current"); });
      a.classList.add("current");
      history.replaceState(null, "", "#d-" + a.getAttribute("data-dir"));
    });

    // filters
    var fSection = document.getElementById("f-section"), fModality = document.getElementById("f-modality");
    var fCategory = document.getElementById("f-category"), fPerson = document.getElementById("f-person");
    var fDropped = document.getElementById("f-dropped"), shown = document.getElementById("shown");
    function applyFilters() {
      var person = fPerson.value.trim(), n = 0;
      rows.forEach(function (row) {
        var e = edits[row.getAttribute("data-req")] || {};
        var who = ["actor", "lead", "partners"].map(function (k) {
          return row.querySelector('[data-field="' + k + '"]').value;
        }).join(" ");
        var ok = (fSection.value === "*" || row.getAttribute("data-section") === fSection.value) &&
          (fModality.value === "*" || row.getAttribute("data-modality") === fModality.value) &&
          (fCategory.value === "*" || row.getAttribute("data-category") === fCategory.value) &&
          (!person || who.indexOf(person) >= 0) &&
          (fDropped.checked || !e.dropped);
        row.hidden = !ok;
        if (ok) n++;
      });
      shown.textContent = "显示 " + n + " / " + rows.length + " 条";
    }
    [fSection, fModality, fCategory, fDropped].forEach(function (f) { f.addEventListener("change", applyFilters); });
    fPerson.addEventListener("input", applyFilters);
    applyFilters();

    // downloads carry the edits
    document.getElementById("export-form").addEventListener("submit", function () {
      document.getElementById("edits-field").value = JSON.stringify(edits);
    });
    document.getElementById("reset-edits").addEventListener("click", function () {
      if (!window.confirm("撤销这份文档的全部修改？")) return;
      edits = {};
      persist();
      rows.forEach(function (row) {
        row.querySelectorAll("[data-field]").forEach(function (f) { f.value = f.getAttribute("data-orig"); });
        markRow(row);
      });
      applyFilters();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var page = document.body.getAttribute("data-page");
    if (page === "index") initIndex();
    if (page === "doc") initDoc();
  });
})();
