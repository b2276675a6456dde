//! Finds where each field sits in a RON text, so that a validation error about
//! `practice.phases[2].seconds` can point at a line and column.
//!
//! A small tolerant scanner, not a parser: it only runs on text `ron` already accepted.

use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq)]
enum Bracket {
    Paren,
    List,
    Map,
}

struct Frame {
    bracket: Bracket,
    path: String,
    index: usize,
    key: Option<String>,
}

impl Frame {
    fn child_path(&self) -> Option<String> {
        match self.bracket {
            Bracket::List => Some(format!("{}[{}]", self.path, self.index)),
            Bracket::Paren | Bracket::Map => self.key.as_ref().map(|key| join(&self.path, key)),
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Maps each field path to its 1-based `(line, column)`.
pub fn field_positions(text: &str) -> HashMap<String, (usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut scanner = Scanner {
        chars: &chars,
        at: 0,
        line: 1,
        column: 1,
        word_start: (1, 1),
    };
    let mut positions = HashMap::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut last_word: Option<String> = None;

    while let Some(c) = scanner.skip_blank() {
        let here = (scanner.line, scanner.column);
        let value_path = match stack.last() {
            Some(frame) => frame.child_path(),
            None => Some(String::new()),
        };
        if let Some(frame) = stack.last_mut() {
            if frame.bracket == Bracket::List && !matches!(c, ',' | ']') {
                if let Some(path) = &value_path {
                    positions.entry(path.clone()).or_insert(here);
                }
            }
        }
        match c {
            '(' | '[' | '{' => {
                scanner.bump();
                let bracket = match c {
                    '(' => Bracket::Paren,
                    '[' => Bracket::List,
                    _ => Bracket::Map,
                };
                stack.push(Frame {
                    bracket,
                    path: value_path.unwrap_or_default(),
                    index: 0,
                    key: None,
                });
            }
            ')' | ']' | '}' => {
                scanner.bump();
                stack.pop();
            }
            ',' => {
                scanner.bump();
                if let Some(frame) = stack.last_mut() {
                    frame.index += 1;
                    frame.key = None;
                }
            }
            ':' => {
                scanner.bump();
                if let (Some(frame), Some(word)) = (stack.last_mut(), last_word.take()) {
                    if frame.bracket != Bracket::List {
                        positions.insert(join(&frame.path, &word), scanner.word_start);
                        frame.key = Some(word);
                    }
                }
            }
            '"' => {
                scanner.word_start = here;
                last_word = Some(scanner.string());
            }
            _ if c.is_alphanumeric() || c == '_' => {
                scanner.word_start = here;
                last_word = Some(scanner.word());
            }
            _ => scanner.bump(),
        }
    }
    positions
}

struct Scanner<'a> {
    chars: &'a [char],
    at: usize,
    line: usize,
    column: usize,
    /// Where the last word or string began: a field's position once `:` follows.
    word_start: (usize, usize),
}

impl Scanner<'_> {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.at + ahead).copied()
    }

    fn bump(&mut self) {
        if let Some(c) = self.peek(0) {
            self.at += 1;
            if c == '\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
    }

    /// Skips white space and comments; returns the next character.
    fn skip_blank(&mut self) -> Option<char> {
        loop {
            match (self.peek(0)?, self.peek(1)) {
                (c, _) if c.is_whitespace() => self.bump(),
                ('/', Some('/')) => {
                    while self.peek(0).is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                ('/', Some('*')) => self.block_comment(),
                (c, _) => return Some(c),
            }
        }
    }

    fn block_comment(&mut self) {
        let mut depth = 0usize;
        while let Some(c) = self.peek(0) {
            match (c, self.peek(1)) {
                ('/', Some('*')) => {
                    depth += 1;
                    self.bump();
                }
                ('*', Some('/')) => {
                    depth = depth.saturating_sub(1);
                    self.bump();
                    if depth == 0 {
                        self.bump();
                        return;
                    }
                }
                _ => {}
            }
            self.bump();
        }
    }

    fn string(&mut self) -> String {
        let mut value = String::new();
        self.bump();
        while let Some(c) = self.peek(0) {
            self.bump();
            match c {
                '\\' => self.bump(),
                '"' => break,
                _ => value.push(c),
            }
        }
        value
    }

    fn word(&mut self) -> String {
        let mut value = String::new();
        while let Some(c) = self
            .peek(0)
            .filter(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '+'))
        {
            value.push(c);
            self.bump();
        }
        value
    }
}
