use std::io::{Cursor, Seek};
use std::time::Duration;

use super::{check, lookup1_values, MOST_ENTRIES};

/// Vorbis's bit packing, for writing headers: each byte's lowest bit first.
#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    bits: u64,
}

impl BitWriter {
    fn put(&mut self, value: u64, count: u32) -> &mut Self {
        for bit in 0..count {
            if self.bits.is_multiple_of(8) {
                self.bytes.push(0);
            }
            let last = self.bytes.len() - 1;
            self.bytes[last] |= (((value >> bit) & 1) as u8) << (self.bits % 8);
            self.bits += 1;
        }
        self
    }
}

/// An Ogg stream of these packets, each on its own page, CRCs and all.
fn ogg_file(packets: &[Vec<u8>]) -> Vec<u8> {
    let mut file = Vec::new();
    let mut writer = ogg::PacketWriter::new(&mut file);
    for (index, packet) in packets.iter().enumerate() {
        let end = if index + 1 == packets.len() {
            ogg::PacketWriteEndInfo::EndStream
        } else {
            ogg::PacketWriteEndInfo::EndPage
        };
        writer
            .write_packet(packet.clone().into_boxed_slice(), 7, end, 0)
            .expect("written");
    }
    drop(writer);
    file
}

/// The identification header of a mono 48 kHz stream.
fn identification() -> Vec<u8> {
    let mut packet = b"\x01vorbis".to_vec();
    packet.extend_from_slice(&0u32.to_le_bytes());
    packet.push(1);
    packet.extend_from_slice(&48_000u32.to_le_bytes());
    packet.extend_from_slice(&[0; 12]);
    packet.extend_from_slice(&[0xb8, 1]);
    packet
}

fn comments(vendor_length: u32, count: u32, listed: &[&str]) -> Vec<u8> {
    let mut packet = b"\x03vorbis".to_vec();
    packet.extend_from_slice(&vendor_length.to_le_bytes());
    packet.extend_from_slice(b"Steady test");
    packet.extend_from_slice(&count.to_le_bytes());
    for comment in listed {
        packet.extend_from_slice(&(comment.len() as u32).to_le_bytes());
        packet.extend_from_slice(comment.as_bytes());
    }
    packet.push(1);
    packet
}

/// A setup header with one codebook: `ordered` lengths (all 1 bit long),
/// then lookup `lookup` with one 8-bit value per `values` given.
fn setup(dimensions: u64, entries: u64, lookup: u64, values: u64) -> Vec<u8> {
    let mut bits = BitWriter::default();
    bits.put(0, 8)
        .put(0x56_43_42, 24)
        .put(dimensions, 16)
        .put(entries, 24);
    // Ordered: every entry 1 bit long, in one run.
    bits.put(1, 1).put(0, 5);
    let width = 64 - entries.leading_zeros();
    bits.put(entries, width);
    bits.put(lookup, 4);
    if lookup > 0 {
        bits.put(0, 32).put(0, 32).put(7, 4).put(0, 1);
        for _ in 0..values {
            bits.put(1, 8);
        }
    }
    let mut packet = b"\x05vorbis".to_vec();
    packet.extend_from_slice(&bits.bytes);
    packet
}

fn file(comment_header: Vec<u8>, setup_header: Vec<u8>) -> Cursor<Vec<u8>> {
    Cursor::new(ogg_file(&[identification(), comment_header, setup_header]))
}

#[test]
fn a_real_file_passes_and_is_read_again_from_its_start() {
    let mut real = Cursor::new(include_bytes!("../../tests/fixtures/tone-440.ogg").to_vec());
    assert_eq!(check(&mut real), Ok(()));
    assert_eq!(real.stream_position().ok(), Some(0));
    let mut made = file(comments(11, 1, &["TITLE=calm"]), setup(2, 81, 1, 9));
    assert_eq!(check(&mut made), Ok(()));
    assert_eq!(made.stream_position().ok(), Some(0));
}

#[test]
fn what_is_not_ogg_vorbis_is_left_to_the_decoder() {
    for bytes in [b"RIFF....WAVEfmt ".to_vec(), Vec::new(), vec![0xff; 100]] {
        let mut data = Cursor::new(bytes);
        assert_eq!(check(&mut data), Ok(()));
        assert_eq!(data.stream_position().ok(), Some(0));
    }
}

#[test]
fn comment_counts_and_lengths_past_the_headers_end_are_refused() {
    let good_setup = || setup(2, 81, 1, 9);
    for bad in [
        comments(0xffff_fff0, 0, &[]),
        comments(11, 0xffff_fff0, &[]),
        comments(11, 2, &["TITLE=calm"]),
    ] {
        let refused = check(&mut file(bad, good_setup()));
        assert!(
            refused
                .as_ref()
                .is_err_and(|words| words.contains("damaged")),
            "{refused:?}"
        );
    }
}

#[test]
fn codebooks_larger_than_their_header_or_than_any_encoder_makes_are_refused() {
    let good_comments = || comments(11, 0, &[]);
    for (dimensions, entries, lookup, values) in [
        // Lookup 1 with 1 value, but a table of 1000 x 65535 numbers
        // (262 MB for a few bytes of header).
        (65_535, 1000, 1, 1),
        // Lookup 2 claims 4000 x 2 values the header does not hold.
        (2, 4000, 2, 10),
        // Too many entries for any real encoder.
        (1, MOST_ENTRIES + 1, 0, 0),
        // A lookup type the format does not have.
        (1, 4, 3, 0),
    ] {
        let refused = check(&mut file(
            good_comments(),
            setup(dimensions, entries, lookup, values),
        ));
        assert!(
            refused.is_err(),
            "{dimensions} x {entries}, lookup {lookup}"
        );
    }
}

#[test]
fn a_file_that_claims_terabytes_is_an_error_for_the_person_not_the_end_of_the_program() {
    // Without the check, lewton asks for 206 GB at once for four billion
    // comments, and the test program aborts.
    let hostile = file(comments(11, 0xffff_fff0, &[]), setup(2, 81, 1, 9)).into_inner();
    let outcome = super::super::cues::decode(
        "whoosh",
        "whoosh.ogg",
        Cursor::new(hostile.clone()),
        hostile.len() as u64,
        Duration::from_secs(2),
    );
    let message = outcome.expect_err("refused").to_string();
    assert!(message.contains("whoosh.ogg"), "{message}");
    assert!(message.contains("damaged"), "{message}");
}

#[test]
fn lookup1_values_is_the_whole_root() {
    assert_eq!(lookup1_values(16, 2), 4);
    assert_eq!(lookup1_values(17, 2), 4);
    assert_eq!(lookup1_values(15, 2), 3);
    assert_eq!(lookup1_values(8, 3), 2);
    assert_eq!(lookup1_values(81, 4), 3);
    assert_eq!(lookup1_values(1000, 65_535), 1);
    assert_eq!(lookup1_values(5, 0), u64::MAX);
}
