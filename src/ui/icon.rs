//! The window icon, drawn in code (three soft concentric circles, like
//! the app's SVG icon in `assets/icons`) so no image decoder is needed.

use iced::window::{icon, Icon};

const SIZE: u32 = 64;

/// Colours from the outside in, with the radius (share of half the size) each reaches.
const RINGS: [(f32, [u8; 4]); 4] = [
    (1.00, [0xe8, 0xf1, 0xef, 0xff]),
    (0.69, [0x9c, 0xc5, 0xbb, 0xff]),
    (0.47, [0x5f, 0x9e, 0x8f, 0xff]),
    (0.22, [0x2f, 0x6f, 0x62, 0xff]),
];

pub fn window_icon() -> Option<Icon> {
    let half = SIZE as f32 / 2.0;
    let mut rgba = Vec::with_capacity((SIZE * SIZE * 4) as usize);
    for y in 0..SIZE {
        for x in 0..SIZE {
            let dx = x as f32 + 0.5 - half;
            let dy = y as f32 + 0.5 - half;
            let distance = (dx * dx + dy * dy).sqrt() / half;
            let pixel = RINGS
                .iter()
                .rev()
                .find(|(radius, _)| distance <= *radius)
                .map_or([0, 0, 0, 0], |(_, color)| *color);
            rgba.extend_from_slice(&pixel);
        }
    }
    icon::from_rgba(rgba, SIZE, SIZE).ok()
}
