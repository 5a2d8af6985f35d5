"""The built-in poses, by name: what exercise files (shipped or people's own) build on.

Each pose is the resting figure with some joints set (see core.figure for
what each joint means). Seated poses start from ``seated``, standing ones from
``standing``; an exercise file can name any of them or set joint angles on
top of one.
"""

from __future__ import annotations

from microbreak.core.figure import REST, Pose

STANDING = REST.changed(arm_raise=5, arm_dir=95, forearm_raise=8, forearm_dir=60, neck=4)
SEATED = STANDING.changed(hip=90, knee=88, hip_out=7, neck=8, head=-2)

# Arms bent to a right angle, elbows out at shoulder height, forearms up.
_GOAL_POSTS = {"arm_raise": 90, "arm_dir": 92, "forearm_raise": 178, "forearm_dir": 90}
# Hands resting on the tops of the shoulders, elbows out to the sides.
_HANDS_ON_SHOULDERS = {
    "arm_raise": 85,
    "arm_dir": 88,
    "forearm_raise": 100,
    "forearm_dir": 265,  # across the body; 265 not -95, so the elbows' swing turns the short way
}
# Elbow tips touching in front of the chest, hands still on the shoulders.
_ELBOWS_TOGETHER = {
    "arm_raise": 82,
    "arm_dir": -32,
    "forearm_raise": 100,
    "forearm_dir": 150,
}
# Reaching over the shoulders, hands flat on the upper back, elbows up.
_HANDS_ON_UPPER_BACK = {
    "arm_raise": 160,
    "arm_dir": 35,
    "forearm_raise": 46,
    "forearm_dir": 218,
}
# Part way up from the fold: the elbows sinking toward the floor.
_ELBOWS_SUNK = {"arm_raise": 140, "arm_dir": 20, "forearm_raise": 61, "forearm_dir": 209}
# Fingers laced behind the head (the hands meet at the back of it), elbows
# out and a little forward at the height of the ears: so a side view shows the
# elbow beside the face and the forearm going back round the head.
_HANDS_BEHIND_HEAD = {
    "arm_raise": 140,
    "arm_dir": 45,
    "forearm_raise": 90,
    "forearm_dir": -123,
}
# Resting: the hands lie on the thighs, fingers toward the knees.
_HANDS_ON_THIGHS = {"arm_raise": 10, "arm_dir": 130, "forearm_raise": 72, "forearm_dir": -20}
# Palms together in front of the chest, fingers up (to rub them warm).
_PALMS_TOGETHER = {"arm_raise": 23, "arm_dir": 23, "forearm_raise": 125, "forearm_dir": -58}
# Palms cupped over the eyes, fingertips on the forehead, elbows forward at
# about shoulder height: the hands reach the face without the head leaning in.
_PALMING = {"arm_raise": 88, "arm_dir": 4, "forearm_raise": 132, "forearm_dir": -136}


def _build() -> dict[str, Pose]:
    s, st = SEATED, STANDING
    hands_back = s.changed(**_HANDS_ON_UPPER_BACK)
    behind_head = s.changed(**_HANDS_BEHIND_HEAD)
    strap_up = s.changed(arm_raise=168, arm_dir=68, forearm_raise=172, forearm_dir=60)
    goal = s.changed(**_GOAL_POSTS)
    thighs = s.changed(**_HANDS_ON_THIGHS)
    wall_goal = st.changed(**_GOAL_POSTS).changed(arm_dir=96)
    wall_shoulders = st.changed(**_HANDS_ON_SHOULDERS)
    palms_on_wall = st.changed(arm_raise=88, arm_dir=6, forearm_raise=92, forearm_dir=4)
    return {
        "seated": s,
        "seated-shoulders-up": s.changed(shrug=8),
        "seated-shoulders-up-back": s.changed(shrug=5, protract=-6),
        "seated-shoulders-back": s.changed(shrug=0, protract=-8),
        "seated-shoulders-up-forward": s.changed(shrug=5, protract=6),
        "seated-shoulders-forward": s.changed(shrug=0, protract=8),
        "seated-arms-overhead": s.changed(
            arm_raise=172, arm_dir=80, forearm_raise=176, forearm_dir=75, fingers=1, shrug=3
        ),
        "seated-goal-posts": goal,
        "seated-goal-posts-squeezed": goal.changed(
            arm_dir=128, forearm_dir=110, protract=-7, neck=-6, head=6
        ),
        "seated-hands-on-upper-back": hands_back,
        "seated-folded": hands_back.changed(lean=32, curl=28, upper_curl=24, neck=32, head=8),
        "seated-uncurling": hands_back.changed(lean=6, curl=14, upper_curl=26, neck=34, head=8),
        "seated-head-last": hands_back.changed(lean=0, curl=0, upper_curl=8, neck=36, head=6),
        "seated-hands-on-shoulders": s.changed(**_HANDS_ON_SHOULDERS),
        "seated-elbows-together": s.changed(**_ELBOWS_TOGETHER).changed(upper_curl=6, protract=4),
        "seated-hands-behind-head": behind_head,
        "seated-arched-back": behind_head.changed(
            upper_curl=-22, curl=-8, neck=-20, head=-14, lean=-6
        ),
        "seated-blades-squeezed": s.changed(protract=-8, arm_dir=102),
        "seated-head-tilted": s.changed(head_tilt=38, neck=4),
        "seated-hands-on-thighs": thighs,
        # The head level, lifted from a screen below eye height to the distance.
        "seated-looking-far": thighs.changed(neck=0, head=-4),
        "seated-palms-together": s.changed(**_PALMS_TOGETHER),
        # Rubbing: one palm slides up the other.
        "seated-palms-rubbing": s.changed(**_PALMS_TOGETHER).changed(
            right_forearm_raise=133, left_forearm_raise=117
        ),
        "seated-palming": s.changed(**_PALMING),
        "seated-strap-overhead": strap_up,
        "seated-strap-chin-down": strap_up.changed(neck=34, head=18),
        "standing": st,
        "standing-goal-posts": wall_goal,
        "standing-arms-slid-up": wall_goal.changed(
            arm_raise=150, arm_dir=96, forearm_raise=170, forearm_dir=92
        ),
        "standing-arms-overhead": st.changed(
            arm_raise=172, arm_dir=88, forearm_raise=176, forearm_dir=80, fingers=1
        ),
        "standing-hands-on-shoulders": wall_shoulders,
        "standing-elbows-together": st.changed(**_ELBOWS_TOGETHER),
        "standing-elbows-back": wall_shoulders.changed(forward=12, arm_dir=150, protract=-6),
        "standing-arms-on-frame": wall_goal,
        "standing-leaning-through-frame": wall_goal.changed(
            forward=22,
            lean=10,
            arm_dir=140,
            forearm_dir=140,
            protract=-4,
            right_hip=28,
            right_knee=26,
            left_hip=-12,
        ),
        # Walking on the spot: one knee lifted, the other arm swung a little ahead.
        "standing-step-right": st.changed(
            right_hip=40, right_knee=50, left_hip=-6, right_arm_raise=12, left_arm_raise=18
        ),
        "standing-step-left": st.changed(
            left_hip=40, left_knee=50, right_hip=-6, left_arm_raise=12, right_arm_raise=18
        ),
        "standing-palms-on-wall": palms_on_wall,
        "standing-right-angle": palms_on_wall.changed(
            # Legs straight up from the floor, hips over the heels, the back flat
            # (sagging a little) and level with the hands on the wall at hip
            # height: a right angle at the hips. The feet have stepped back.
            lean=86,
            curl=-6,
            hip=0,
            knee=0,
            forward=-47,
            arm_raise=166,
            forearm_raise=168,
            neck=-2,
            head=0,
        ),
    }


POSES: dict[str, Pose] = _build()
