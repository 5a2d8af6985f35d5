"""Every figure exercise, rendered at many instants on the clock: whole, inside its
frame, moving smoothly during movements and not at all during holds, one view."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from microbreak.core.exercise import Exercise, Posture, StepKind
from microbreak.core.figure import SIDES, View, joints, project, through
from microbreak.core.figure_motion import (
    ARROW_MAX,
    exercise_bounds,
    figure_frame,
    motion_arrows,
)
from microbreak.core.figure_scene import figure_shapes
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from microbreak.ui.figure_paint import paint_figure
from tests.figure_frames import step_views

CATALOG = load_exercises(builtin_exercises_dir())
DRAWN = sorted(
    (ex for ex in CATALOG.exercises.values() if ex.figure is not None), key=lambda e: e.id
)
INSTANTS = tuple(i / 20 for i in range(21))


def test_every_shipped_exercise_is_drawn_with_the_figure() -> None:
    assert len(DRAWN) == len(CATALOG.exercises) == 19


@pytest.mark.parametrize("ex", DRAWN, ids=lambda e: e.id)
def test_the_figure_is_whole_inside_its_frame_and_moves_smoothly(ex: Exercise) -> None:
    assert ex.figure is not None
    seated = ex.posture is Posture.SEATED
    left, bottom, right, top = exercise_bounds(ex)
    views = list(step_views(ex, INSTANTS))
    assert views, ex.id
    previous = None
    for i, view in enumerate(views):
        frame = figure_frame(view, reduced_motion=False)
        body = joints(frame.pose, seated=seated)
        # Limbs attached: each segment keeps its length, whatever the angles.
        for side in SIDES:
            assert math.dist(body[f"{side}_shoulder"], body[f"{side}_elbow"]) == pytest.approx(30)
            assert math.dist(body[f"{side}_elbow"], body[f"{side}_wrist"]) == pytest.approx(26)
            assert math.dist(body[f"{side}_hip"], body[f"{side}_knee"]) == pytest.approx(43)
        assert min(v[1] for v in body.values()) >= -0.5, "nothing below the floor"
        for shape in figure_shapes(
            frame.pose, ex.figure.view, seated=seated, props=ex.figure.props
        ):
            for x, y in shape.points:
                assert left <= x <= right, (ex.id, shape.part)
                assert bottom <= y <= top, (ex.id, shape.part)
        for arrow in motion_arrows(frame.keys, frame.progress, ex.figure, seated):
            assert all(left <= x <= right and bottom <= y <= top for x, y in arrow), ex.id
        if previous is not None and i % len(INSTANTS):
            step_changed = view.position != previous[0].position
            if not step_changed:
                change = max(
                    abs(a - b)
                    for a, b in zip(frame.pose.values, previous[1].pose.values, strict=True)
                )
                if view.step.kind is StepKind.HOLD:
                    assert change == 0, f"{ex.id}: a hold must stay still"
                else:
                    # A twentieth of a step never jumps more than a third of a right angle.
                    assert change <= 30, f"{ex.id}: {view.step.text} jumps {change:.0f}"
        previous = (view, frame)


def test_each_movement_step_actually_moves() -> None:
    for ex in DRAWN:
        for view in step_views(ex, (0.4,)):
            frame = figure_frame(view, reduced_motion=False)
            if view.step.kind is StepKind.MOVE and view.from_picture is not None:
                assert frame.moving, f"{ex.id}: {view.step.text}"
            still = figure_frame(view, reduced_motion=True)
            assert not still.moving
            assert still.pose == frame.keys[-1]  # reduced motion: the step's end pose


def test_the_uncurl_arrow_points_up_the_way_the_head_goes() -> None:
    ex = CATALOG.exercises["upper-back-movement"]
    assert ex.figure is not None
    uncurl = next(v for v in step_views(ex, (0.5,)) if v.step.text.startswith("Uncurl"))
    frame = figure_frame(uncurl, reduced_motion=False)
    (arrow,) = motion_arrows(frame.keys, frame.progress, ex.figure, True)
    assert arrow[-1][1] > arrow[0][1], "uncurling: the arrow ends higher than it starts"


def test_arrows_are_compact_and_beside_the_part_that_moves() -> None:
    for ex in DRAWN:
        assert ex.figure is not None
        seated = ex.posture is Posture.SEATED
        for view in step_views(ex, (0.2, 0.7)):
            frame = figure_frame(view, reduced_motion=False)
            # Where the body passes during the step (the arrow shows that way).
            swept = [joints(through(list(frame.keys), u / 8), seated=seated) for u in range(9)]
            page = [project(v, ex.figure.view)[:2] for body in swept for v in body.values()]
            for arrow in motion_arrows(frame.keys, frame.progress, ex.figure, seated):
                xs, ys = [x for x, _ in arrow], [y for _, y in arrow]
                extent = max(max(xs) - min(xs), max(ys) - min(ys))
                # At most about a forearm: never an arc round the whole figure.
                assert extent <= ARROW_MAX + 4, (ex.id, view.step.text, extent)
                nearest = min(math.dist(a, b) for a in arrow for b in page)
                assert nearest <= 12, (ex.id, view.step.text, nearest)


def test_the_shoulder_squeeze_shows_the_blades_drawn_together_from_behind() -> None:
    ex = CATALOG.exercises["shoulder-squeeze"]
    assert ex.figure is not None
    assert ex.figure.view is View.BACK
    squeeze = next(v for v in step_views(ex, (0.5,)) if v.step.text.startswith("Elbows back"))
    frame = figure_frame(squeeze, reduced_motion=False)
    arrows = motion_arrows(frame.keys, frame.progress, ex.figure, True)
    assert len(arrows) == 2
    spine = project(joints(frame.pose, seated=True)["neck_base"], View.BACK)[0]
    for arrow in arrows:
        # Each arrow ends nearer the spine than it starts: the blades come together.
        assert abs(arrow[-1][0] - spine) < abs(arrow[0][0] - spine)
    # Goal posts: elbows at shoulder height, out to the sides, forearms up.
    body = joints(ex.figure.poses[ex.steps[0].picture], seated=True)
    for side in SIDES:
        shoulder, elbow, hand = (body[f"{side}_{n}"] for n in ("shoulder", "elbow", "hand"))
        assert abs(elbow[1] - shoulder[1]) < 6
        assert abs(elbow[0]) > abs(shoulder[0]) + 15
        assert hand[1] > elbow[1] + 25


def test_the_wall_lean_ends_at_a_right_angle_standing_straight() -> None:
    ex = CATALOG.exercises["wall-lean"]
    assert ex.figure is not None
    body = joints(ex.figure.poses[ex.steps[0].picture], seated=False)
    for side in SIDES:
        hip, knee, ankle = (body[f"{side}_{n}"] for n in ("hip", "knee", "ankle"))
        # Legs straight and upright: hips over the heels, no crouch.
        assert abs(hip[2] - ankle[2]) < 5
        assert abs(knee[2] - ankle[2]) < 5
        # The hands reach the wall (its face at 66 cm ahead) at about hip height.
        hand = body[f"{side}_hand"]
        assert 60 <= hand[2] <= 67
        assert abs(hand[1] - hip[1]) < 12
    # The back level with the floor: the base of the neck as high as the hips.
    assert abs(body["neck_base"][1] - body["pelvis"][1]) < 12


@pytest.mark.parametrize("dark", [False, True])
def test_frames_render_with_ink_in_them(qtbot: QtBot, dark: bool) -> None:
    ex = CATALOG.exercises["shoulder-shrug"]
    view = next(iter(step_views(ex, (0.5,))))
    frame = figure_frame(view, reduced_motion=False)
    image = QImage(240, 240, QImage.Format.Format_RGB32)
    background = QColor("#2b2b2b" if dark else "#ffffff")
    image.fill(background)
    painter = QPainter(image)
    paint_figure(painter, QRectF(0, 0, 240, 240), ex, frame, dark=dark, background=background)
    painter.end()
    inked = sum(
        image.pixelColor(x, y) != background for x in range(0, 240, 4) for y in range(0, 240, 4)
    )
    assert inked > 400


def test_a_hold_repaints_nothing_and_a_movement_repaints(qtbot: QtBot) -> None:
    from microbreak.ui.figure_view import FigureView

    ex = CATALOG.exercises["shoulder-shrug"]
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(300, 300)
    view.show()
    qtbot.waitExposed(view)
    frames = {v.step.kind: figure_frame(v, reduced_motion=False) for v in step_views(ex, (0.3,))}
    view.set_frame(ex, frames[StepKind.MOVE])
    qtbot.waitUntil(lambda: view.paints > 0)
    before = view.paints
    view.set_frame(ex, frames[StepKind.HOLD])
    qtbot.waitUntil(lambda: view.paints > before)  # the pose changed: drawn again
    before = view.paints
    for _ in range(5):
        view.set_frame(ex, frames[StepKind.HOLD])  # tick after tick of the same still pose
    qtbot.wait(60)
    assert view.paints == before
