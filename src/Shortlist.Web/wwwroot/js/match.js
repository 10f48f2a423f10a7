// Re-ranks as the recruiter changes importance or weights: posts the form to the preview handler and swaps the ranking in.
// Without JavaScript the "Re-rank" button does the same with a full page load.
(function () {
    const form = document.getElementById('weights');
    const ranking = document.getElementById('ranking');
    if (!form || !ranking || !window.fetch) return;
    let timer = 0;
    let pending = null;
    form.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(preview, 250);
    });
    async function preview() {
        if (pending) pending.abort();
        pending = new AbortController();
        try {
            const response = await fetch(form.dataset.preview, { method: 'POST', body: new FormData(form), signal: pending.signal, credentials: 'same-origin' });
            if (!response.ok) return;
            const page = new DOMParser().parseFromString(await response.text(), 'text/html');
            const fresh = page.getElementById('ranking');
            const errors = page.querySelector('[role=alert]');
            const current = document.querySelector('[role=alert]');
            if (errors && current) current.replaceWith(errors);
            if (fresh) document.getElementById('ranking').replaceWith(fresh);
        } catch (e) {
            if (e.name !== 'AbortError') throw e;
        }
    }
})();
