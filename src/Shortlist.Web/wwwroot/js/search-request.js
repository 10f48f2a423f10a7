// The search-request form, enhanced: choosing an industry fetches its playbook and lists it as suggestions to keep or drop,
// and a taxonomy picker appends entries to the must-have and nice-to-have lists. Without JavaScript the "Show suggestions"
// button re-renders the page with the same suggestions, and requirements are typed one a line.
(function () {
    const form = document.getElementById('search-request-form');
    if (!form || !window.fetch) return;
    const industry = document.getElementById('request-industry');
    const box = document.getElementById('suggestions');

    const picker = document.getElementById('term-picker');
    const term = document.getElementById('term-input');
    if (picker && term) {
        picker.hidden = false;
        picker.querySelectorAll('button[data-append-to]').forEach(function (button) {
            button.addEventListener('click', function () {
                const value = term.value.trim();
                const target = document.getElementById(button.dataset.appendTo);
                if (!value || !target) return;
                const lines = target.value.split('\n').map(function (l) { return l.trim(); }).filter(Boolean);
                if (lines.indexOf(value) < 0) lines.push(value);
                target.value = lines.join('\n');
                term.value = '';
                term.focus();
            });
        });
    }

    if (!industry || !box) return;
    industry.addEventListener('change', async function () {
        const code = industry.value;
        if (!code) return;
        try {
            const response = await fetch(form.dataset.playbookUrl + encodeURIComponent(code), { headers: { Accept: 'application/json' } });
            if (!response.ok) { render(null); return; }
            render(await response.json());
        } catch (e) {
            render(null);
        }
    });

    // Builds the list with DOM methods (textContent), never HTML strings, so nothing from the server is interpreted as markup.
    function render(playbook) {
        box.querySelectorAll('#suggestion-list, #suggestions-empty, .playbook-note').forEach(function (n) { n.remove(); });
        const items = playbook && playbook.items ? playbook.items : [];
        if (items.length === 0) {
            const p = document.createElement('p');
            p.className = 'hint playbook-note';
            p.textContent = 'We have no usual requirements for this industry yet.';
            box.appendChild(p);
            return;
        }
        const list = document.createElement('ul');
        list.id = 'suggestion-list';
        items.forEach(function (item) {
            const must = item.importance === 'Must';
            const li = document.createElement('li');
            const label = document.createElement('label');
            label.className = 'inline';
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.name = 'Form.Keep';
            box.value = (must ? 'must:' : 'nice:') + item.taxonomyCode;
            box.checked = true;
            const badge = document.createElement('span');
            badge.className = 'badge';
            badge.textContent = must ? 'must' : 'nice to have';
            const source = document.createElement('span');
            source.className = 'hint';
            source.textContent = 'from the playbook';
            label.append(box, ' ' + item.label + ' ', badge, ' ', source);
            li.appendChild(label);
            list.appendChild(li);
        });
        box.appendChild(list);
    }
})();
