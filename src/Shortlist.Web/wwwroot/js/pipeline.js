// Pipeline board: drag and drop and arrow keys on top of each card's Move form (the board works without this file).
(function () {
    'use strict';
    var board = document.querySelector('.board');
    if (!board) return;
    var status = document.getElementById('board-status');
    var dragged = null;

    function say(text) { if (status) status.textContent = text; }

    function label(stage) { return stage === 'ClientReview' ? 'Client review' : stage; }

    // Moves a card with its own form; closing needs a reason, so the card's reason list is focused instead.
    function move(card, stage) {
        var form = card.querySelector('form.move-form');
        if (!form) { say('This card cannot move any more.'); return; }
        var select = form.querySelector('select.move-stage');
        var allowed = Array.prototype.some.call(select.options, function (o) { return o.value === stage; });
        if (!allowed) { say(card.dataset.name + ' cannot move to ' + label(stage) + ' from here.'); return; }
        select.value = stage;
        var reason = form.querySelector('select.move-reason');
        if (stage === 'Closed' && reason && !reason.value) {
            say('Choose why ' + card.dataset.name + ' is closed, then press Move.');
            reason.focus();
            return;
        }
        say('Moving ' + card.dataset.name + ' to ' + label(stage) + '…');
        form.submit();
    }

    board.addEventListener('dragstart', function (e) {
        var card = e.target.closest && e.target.closest('.pipeline-card');
        if (!card) return;
        dragged = card;
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', card.dataset.application);
        card.classList.add('dragging');
    });
    board.addEventListener('dragend', function () {
        if (dragged) dragged.classList.remove('dragging');
        dragged = null;
        board.querySelectorAll('.drop-target').forEach(function (c) { c.classList.remove('drop-target'); });
    });
    board.addEventListener('dragover', function (e) {
        var column = e.target.closest && e.target.closest('.board-column');
        if (!column || !dragged) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        column.classList.add('drop-target');
    });
    board.addEventListener('dragleave', function (e) {
        var column = e.target.closest && e.target.closest('.board-column');
        if (column && !column.contains(e.relatedTarget)) column.classList.remove('drop-target');
    });
    board.addEventListener('drop', function (e) {
        var column = e.target.closest && e.target.closest('.board-column');
        if (!column) return;
        e.preventDefault();
        var id = e.dataTransfer.getData('text/plain');
        var card = dragged || document.getElementById('card-' + id);
        column.classList.remove('drop-target');
        if (!card || card.closest('.board-column') === column) return;
        move(card, column.dataset.stage);
    });

    // Keyboard: on a focused card, the right arrow moves it to its next stage.
    board.addEventListener('keydown', function (e) {
        var card = e.target;
        if (!card.classList || !card.classList.contains('pipeline-card')) return;
        if (e.key === 'ArrowRight') {
            var next = (card.dataset.next || '').split(' ').filter(function (s) { return s && s !== 'Placed'; });
            if (next.length === 0) { say(card.dataset.name + ' has no next stage; use Place or Close on the card.'); return; }
            e.preventDefault();
            move(card, next[0]);
        }
    });
})();
