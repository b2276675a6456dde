//! Checks an Ogg Vorbis file's headers before the decoder reads them.
//!
//! The Vorbis decoder (lewton) sets aside what a header's counts say
//! before it reads what they count. A file of a few hundred bytes that
//! claims four billion comments makes it ask for 206 GB at once (measured),
//! and a codebook of 16 million vectors each 65535 wide for terabytes; a
//! failed allocation ends the whole program: there is no panic to catch.
//! So the counts are held against what the header can really hold first:
//! each comment takes at least 4 bytes, each codebook entry at least one
//! bit, and no real codebook's lookup table is anywhere near
//! [`MOST_LOOKUP_VALUES`].

use std::io::{Read, Seek, SeekFrom};

/// The most numbers a codebook's lookup table may hold (64 MB as 32-bit
/// floats). Real encoders use at most a few tens of thousands.
const MOST_LOOKUP_VALUES: u64 = 1 << 24;
/// The most entries a codebook may have: the decoder builds a tree of
/// them. Real encoders use at most a few thousand.
const MOST_ENTRIES: u64 = 1 << 20;

/// `Err` (in words for the person) when `data` is an Ogg Vorbis stream
/// whose headers claim more than they hold. Anything that is not Ogg
/// Vorbis, or whose pages cannot be read, is left to the decoder, which
/// then fails the same way. `data` is put back at its start.
pub fn check<R: Read + Seek>(data: &mut R) -> Result<(), String> {
    let checked = check_headers(&mut *data);
    data.seek(SeekFrom::Start(0))
        .map_err(|error| error.to_string())?;
    checked
}

fn check_headers<R: Read + Seek>(data: &mut R) -> Result<(), String> {
    let mut packets = ogg::PacketReader::new(data);
    let mut next = || {
        packets
            .read_packet()
            .ok()
            .flatten()
            .map(|packet| packet.data)
    };
    let Some(identification) = next() else {
        return Ok(());
    };
    if !identification.starts_with(b"\x01vorbis") {
        return Ok(());
    }
    let Some(comments) = next() else {
        return Ok(());
    };
    check_comments(&comments)?;
    let Some(setup) = next() else {
        return Ok(());
    };
    check_setup(&setup)
}

fn damaged() -> String {
    crate::t!("cue-vorbis-damaged").to_owned()
}

/// The comment header: a vendor string and a list of comments, each a
/// 32-bit length and that many bytes.
fn check_comments(packet: &[u8]) -> Result<(), String> {
    let Some(mut rest) = packet.strip_prefix(b"\x03vorbis") else {
        return Err(damaged());
    };
    let take_length = |rest: &mut &[u8]| -> Result<usize, String> {
        let (length, after) = rest.split_first_chunk::<4>().ok_or_else(damaged)?;
        *rest = after;
        Ok(u32::from_le_bytes(*length) as usize)
    };
    let vendor = take_length(&mut rest)?;
    rest = rest.get(vendor..).ok_or_else(damaged)?;
    let count = take_length(&mut rest)?;
    if count > rest.len() / 4 {
        return Err(damaged());
    }
    for _ in 0..count {
        let length = take_length(&mut rest)?;
        rest = rest.get(length..).ok_or_else(damaged)?;
    }
    Ok(())
}

/// The setup header's codebooks, the part whose counts size what the
/// decoder sets aside. (Floors, residues and mappings count in 6 to 16
/// bits: small whatever they say.)
fn check_setup(packet: &[u8]) -> Result<(), String> {
    let Some(rest) = packet.strip_prefix(b"\x05vorbis") else {
        return Err(damaged());
    };
    let mut bits = Bits::new(rest);
    let codebooks = bits.read(8)? + 1;
    for _ in 0..codebooks {
        check_codebook(&mut bits)?;
    }
    Ok(())
}

fn check_codebook(bits: &mut Bits) -> Result<(), String> {
    if bits.read(24)? != 0x56_43_42 {
        return Err(damaged());
    }
    let dimensions = u64::from(bits.read(16)?);
    let entries = u64::from(bits.read(24)?);
    if entries > MOST_ENTRIES {
        return Err(damaged());
    }
    let ordered = bits.read(1)? == 1;
    if ordered {
        bits.skip(5)?;
        let mut entry = 0;
        while entry < entries {
            entry += u64::from(bits.read(bit_width(entries - entry))?);
        }
        if entry > entries {
            return Err(damaged());
        }
    } else {
        let sparse = bits.read(1)? == 1;
        for _ in 0..entries {
            if !sparse || bits.read(1)? == 1 {
                bits.skip(5)?;
            }
        }
    }
    let lookup = bits.read(4)?;
    match lookup {
        0 => Ok(()),
        1 | 2 => {
            bits.skip(64)?;
            let value_bits = u64::from(bits.read(4)? + 1);
            bits.skip(1)?;
            let values = if lookup == 1 {
                lookup1_values(entries, dimensions)
            } else {
                entries * dimensions
            };
            // Each value is read from the header: it must hold them all.
            // The table the decoder builds from them is entries x dimensions.
            let fits = values.saturating_mul(value_bits) <= bits.left();
            if !fits || entries * dimensions > MOST_LOOKUP_VALUES {
                return Err(damaged());
            }
            bits.skip(values * value_bits)
        }
        _ => Err(damaged()),
    }
}

/// The largest whole number whose `dimensions`-th power is at most
/// `entries` (the Vorbis spec's `lookup1_values`); a huge number when
/// `dimensions` is 0, which no header can then hold.
fn lookup1_values(entries: u64, dimensions: u64) -> u64 {
    let Ok(power) = u32::try_from(dimensions) else {
        return u64::MAX;
    };
    if power == 0 {
        return u64::MAX;
    }
    let fits = |root: u64| {
        root.checked_pow(power)
            .is_some_and(|value| value <= entries)
    };
    let mut root = (entries as f64).powf(1.0 / f64::from(power)).floor() as u64;
    while fits(root + 1) {
        root += 1;
    }
    while root > 0 && !fits(root) {
        root -= 1;
    }
    root
}

/// How many bits hold `value` (the Vorbis spec's `ilog`).
fn bit_width(value: u64) -> u32 {
    u64::BITS - value.leading_zeros()
}

/// Vorbis's bit packing: each byte's lowest bit first.
struct Bits<'a> {
    bytes: &'a [u8],
    position: u64,
}

impl<'a> Bits<'a> {
    fn new(bytes: &'a [u8]) -> Bits<'a> {
        Bits { bytes, position: 0 }
    }

    fn left(&self) -> u64 {
        (self.bytes.len() as u64 * 8).saturating_sub(self.position)
    }

    /// The next `count` bits (at most 32) as a number.
    fn read(&mut self, count: u32) -> Result<u32, String> {
        if u64::from(count) > self.left() {
            return Err(damaged());
        }
        let mut value = 0u32;
        for bit in 0..count {
            let at = self.position + u64::from(bit);
            let byte = self.bytes[(at / 8) as usize];
            value |= u32::from((byte >> (at % 8)) & 1) << bit;
        }
        self.position += u64::from(count);
        Ok(value)
    }

    fn skip(&mut self, count: u64) -> Result<(), String> {
        if count > self.left() {
            return Err(damaged());
        }
        self.position += count;
        Ok(())
    }
}

#[cfg(test)]
#[path = "vorbis_check_tests.rs"]
mod tests;
