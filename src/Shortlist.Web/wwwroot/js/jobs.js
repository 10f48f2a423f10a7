// Progressive enhancement of /jobs: the page works as plain links and a GET form; with this script, typing in the
// keywords box, changing the sort, following a filter or a page link update the results in place, keep the URL
// shareable (history), and announce the new count to screen readers.
(() => {
  "use strict";
  const form = document.querySelector("form.job-search");
  const board = document.querySelector(".job-board");
  if (!form || !board || !window.fetch || !window.history || !window.DOMParser) return;
  const keywords = form.querySelector("input[name=q]");
  const sort = form.querySelector("select[name=sort]");
  const live = document.createElement("p");
  live.className = "visually-hidden";
  live.setAttribute("role", "status");
  live.setAttribute("aria-live", "polite");
  board.before(live);
  let pending = null;
  let timer = 0;

  const urlOfForm = () => {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim() !== "") params.append(k, String(v));
    const query = params.toString();
    return "/jobs" + (query ? "?" + query : "");
  };

  const swap = (doc) => {
    const next = doc.querySelector(".job-board");
    if (!next) return false;
    board.replaceChildren(...next.childNodes);
    // Hidden inputs carry the filters; the typed keywords stay as they are so typing is never interrupted.
    form.querySelectorAll("input[type=hidden]").forEach((i) => i.remove());
    const nextForm = doc.querySelector("form.job-search");
    if (nextForm) nextForm.querySelectorAll("input[type=hidden]").forEach((i) => form.insertBefore(i, form.firstChild));
    const oldNote = document.querySelector("[data-testid=filter-note]");
    const newNote = doc.querySelector("[data-testid=filter-note]");
    if (oldNote) oldNote.remove();
    if (newNote) form.after(newNote);
    if (doc.title) document.title = doc.title;
    const count = board.querySelector(".results-count");
    live.textContent = count ? count.textContent : "";
    return true;
  };

  const load = async (url, push) => {
    if (pending) pending.abort();
    const controller = new AbortController();
    pending = controller;
    board.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: "text/html" } });
      if (!response.ok) { window.location.assign(url); return; }
      const doc = new DOMParser().parseFromString(await response.text(), "text/html");
      if (!swap(doc)) { window.location.assign(url); return; }
      if (push) history.pushState({ jobs: true }, "", url);
      else history.replaceState({ jobs: true }, "", url);
    } catch (e) {
      if (e.name !== "AbortError") window.location.assign(url);
    } finally {
      if (pending === controller) { pending = null; board.removeAttribute("aria-busy"); }
    }
  };

  form.addEventListener("submit", (e) => { e.preventDefault(); clearTimeout(timer); load(urlOfForm(), true); });
  if (sort) sort.addEventListener("change", () => load(urlOfForm(), true));
  if (keywords) keywords.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => load(urlOfForm(), false), 300);
  });
  board.addEventListener("click", (e) => {
    const link = e.target.closest("a[href]");
    if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname !== "/jobs") return;
    e.preventDefault();
    if (keywords) keywords.value = url.searchParams.get("q") || "";
    load(url.pathname + url.search, true).then(() => {
      const heading = board.querySelector(".results-count");
      if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus({ preventScroll: false }); }
    });
  });
  window.addEventListener("popstate", () => {
    const params = new URLSearchParams(window.location.search);
    if (keywords) keywords.value = params.get("q") || "";
    if (sort && params.get("sort")) sort.value = params.get("sort");
    load(window.location.pathname + window.location.search, false);
  });
})();
