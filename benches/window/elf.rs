//! The sizes of a program's code sections, read from its ELF headers: how
//! much of the code the release build placed side by side for start
//! (`.text.hot`, from build/hot-text.ld) and how much it left as compiled.

use std::path::Path;

/// Bytes of the sections `.text.hot` and `.text` (0 for one that is missing),
/// or `None` if the file is not a 64-bit little-endian ELF file.
pub fn code_sizes(binary: &Path) -> Option<(u64, u64)> {
    let file = std::fs::read(binary).ok()?;
    if file.get(..6)? != b"\x7fELF\x02\x01" {
        return None;
    }
    let u16_at = |at: usize| -> Option<u64> {
        Some(u16::from_le_bytes(file.get(at..at + 2)?.try_into().ok()?).into())
    };
    let u32_at = |at: usize| -> Option<u64> {
        Some(u32::from_le_bytes(file.get(at..at + 4)?.try_into().ok()?).into())
    };
    let u64_at = |at: usize| -> Option<u64> {
        Some(u64::from_le_bytes(file.get(at..at + 8)?.try_into().ok()?))
    };
    let table = usize::try_from(u64_at(0x28)?).ok()?;
    let entry = usize::try_from(u16_at(0x3a)?).ok()?;
    let count = usize::try_from(u16_at(0x3c)?).ok()?;
    let names_index = usize::try_from(u16_at(0x3e)?).ok()?;
    let header = |index: usize| table + index * entry;
    let names = usize::try_from(u64_at(header(names_index) + 0x18)?).ok()?;
    let (mut hot, mut rest) = (0, 0);
    for index in 0..count {
        let name_at = names + usize::try_from(u32_at(header(index))?).ok()?;
        let name = file.get(name_at..)?.split(|byte| *byte == 0).next()?;
        let size = u64_at(header(index) + 0x20)?;
        match name {
            b".text.hot" => hot = size,
            b".text" => rest = size,
            _ => {}
        }
    }
    Some((hot, rest))
}
