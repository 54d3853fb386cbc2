"""The next step of each application: my own action first, else the deadline, else a follow-up."""

from __future__ import annotations

from vault.applications import next_steps
from vault.model import Application


def test_each_application_in_progress_has_its_next_dated_step() -> None:
    sent = Application(title="Cariste", employer="LogiSud", status="sent", sent_on="2026-11-20")
    slow = Application(title="Magasinier", status="sent", sent_on="2026-11-20", follow_up_days=15)
    mine = Application(
        title="Préparatrice", status="interview", next_action="Préparer l'entretien",
        next_action_on="2026-12-03",
    )  # fmt: skip
    closing = Application(title="Agent de quai", deadline="2026-12-10")
    done = Application(title="Vendeuse", status="offer", next_action_on="2026-12-01")
    undated = Application(title="Livreur", status="sent")
    steps = next_steps([sent, slow, mine, closing, done, undated])
    assert [(s.on, s.kind, s.application.title) for s in steps] == [
        ("2026-11-30", "follow_up", "Cariste"),  # ten days after sending, by default
        ("2026-12-03", "action", "Préparatrice"),
        ("2026-12-05", "follow_up", "Magasinier"),  # fifteen, as chosen
        ("2026-12-10", "deadline", "Agent de quai"),
    ]
    assert steps[1].what == "Préparer l'entretien"
