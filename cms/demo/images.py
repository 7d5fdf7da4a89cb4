"""Illustrations for the demo content, drawn locally so setup needs no downloads.

Each key gives the same picture every time: a gradient sky, a skyline of
industrial shapes and a motif that tells the pictures apart.
"""

import io
import random

from PIL import Image, ImageDraw

SIZE = (1600, 900)
PALETTES = {
    "factory": ("#0b3d6e", "#6aa5d8", "#f2b233"),
    "crane": ("#12344d", "#7fb3d5", "#f5a623"),
    "port": ("#0a2f4f", "#4fa3c7", "#e94f37"),
    "warehouse": ("#263238", "#90a4ae", "#ffca28"),
    "engineers": ("#1b3a4b", "#65a2b8", "#ff8f00"),
    "steel": ("#2d3142", "#9aa5b1", "#ef8354"),
    "chart": ("#102a43", "#486581", "#3ebd93"),
    "award": ("#3d1f5c", "#a36fc4", "#f7c948"),
    "conference": ("#1f2d3d", "#5d7b9c", "#f06292"),
    "gears": ("#263238", "#78909c", "#ffb300"),
    "robot": ("#0d2538", "#3f88c5", "#f4d35e"),
    "team": ("#1d3557", "#a8dadc", "#e63946"),
}


def hex_to_rgb(value):
    return tuple(int(value[i : i + 2], 16) for i in (1, 3, 5))


def draw_image(key):
    """A PNG of the illustration named by key, as bytes."""
    top, bottom, accent = (hex_to_rgb(c) for c in PALETTES[key])
    rng = random.Random(key)
    width, height = SIZE
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)),
        )
    ground = int(height * 0.72)
    dark = tuple(max(0, c - 40) for c in top)
    x = 0
    while x < width:
        w = rng.randint(90, 260)
        h = rng.randint(80, 300)
        draw.rectangle([x, ground - h, x + w, height], fill=dark)
        if rng.random() < 0.4:
            draw.rectangle(
                [x + w // 3, ground - h - 140, x + w // 3 + 24, ground - h], fill=dark
            )
        x += w + rng.randint(0, 30)
    draw.rectangle([0, ground, width, height], fill=tuple(max(0, c - 60) for c in top))
    draw_motif(draw, key, rng, accent, ground)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def draw_motif(draw, key, rng, accent, ground):
    width = SIZE[0]
    if key in ("crane", "port", "factory", "warehouse"):
        # A gantry crane: two legs, a girder and a hook.
        left, right, top = 300, 1300, 180
        draw.rectangle([left, top, left + 40, ground], fill=accent)
        draw.rectangle([right - 40, top, right, ground], fill=accent)
        draw.rectangle([left - 60, top, right + 60, top + 50], fill=accent)
        hook_x = rng.randint(left + 150, right - 150)
        draw.rectangle([hook_x - 40, top + 50, hook_x + 40, top + 100], fill="#ffffff")
        draw.line([hook_x, top + 100, hook_x, ground - 220], fill="#ffffff", width=6)
        draw.rectangle(
            [hook_x - 110, ground - 220, hook_x + 110, ground - 120], fill="#ffffff"
        )
    elif key in ("chart",):
        points = [
            (200 + i * 150, ground - 80 - rng.randint(0, 60) - i * 45) for i in range(9)
        ]
        draw.line(points, fill=accent, width=14, joint="curve")
        for point in points:
            draw.ellipse(
                [point[0] - 16, point[1] - 16, point[0] + 16, point[1] + 16],
                fill="#ffffff",
            )
    elif key in ("award",):
        cx, cy = width // 2, 330
        draw.ellipse([cx - 150, cy - 150, cx + 150, cy + 150], fill=accent)
        draw.ellipse(
            [cx - 100, cy - 100, cx + 100, cy + 100], outline="#ffffff", width=12
        )
        draw.polygon(
            [(cx - 90, cy + 120), (cx - 150, cy + 330), (cx - 40, cy + 280)],
            fill=accent,
        )
        draw.polygon(
            [(cx + 90, cy + 120), (cx + 150, cy + 330), (cx + 40, cy + 280)],
            fill=accent,
        )
    elif key in ("gears", "steel", "robot"):
        for _ in range(3):
            cx, cy, r = (
                rng.randint(300, 1300),
                rng.randint(200, 480),
                rng.randint(90, 170),
            )
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=accent)
            draw.ellipse(
                [cx - r // 3, cy - r // 3, cx + r // 3, cy + r // 3], fill="#ffffff"
            )
            for step in range(8):
                angle_x = [1, 0.7, 0, -0.7, -1, -0.7, 0, 0.7][step]
                angle_y = [0, 0.7, 1, 0.7, 0, -0.7, -1, -0.7][step]
                tx, ty = cx + angle_x * r, cy + angle_y * r
                draw.rectangle([tx - 22, ty - 22, tx + 22, ty + 22], fill=accent)
    else:
        # People: a row of simple figures in hard hats.
        for i in range(5):
            cx = 360 + i * 220
            draw.ellipse([cx - 45, ground - 330, cx + 45, ground - 240], fill="#ffffff")
            draw.pieslice(
                [cx - 55, ground - 355, cx + 55, ground - 265], 180, 360, fill=accent
            )
            draw.rounded_rectangle(
                [cx - 70, ground - 230, cx + 70, ground], 30, fill="#ffffff"
            )
