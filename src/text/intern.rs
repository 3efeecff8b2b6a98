//! Word ids: each thread numbers the keys it tokenizes, so the matchers' per-word memos
//! ([`crate::extract::phrases`], [`crate::text::arabic::readings_shared`]) are read by index
//! instead of by hashing and comparing the key dozens of times per word.
//!
//! Ids are unique across threads and across the resets that keep memory bounded: each thread
//! takes a fresh block of [`BLOCK`] ids from a global counter when it starts and whenever its
//! block is full. A table keyed by ids covers one block ([`Ids::slot`]); an id from another block
//! (an older one, another thread's) is not in it, and its owner falls back to the key. So an id
//! only ever saves work: it cannot change an answer.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};

/// Distinct keys per block: the memos grow to at most this many entries per thread.
pub const BLOCK: u32 = 1 << 19;

/// No id (a token built by hand, or the global counter ran out): callers use the key.
pub const NONE: u32 = 0;

/// Next unused id; 0 is [`NONE`].
static NEXT_BLOCK: AtomicU32 = AtomicU32::new(BLOCK);

struct Interner {
    // Only looked up, never iterated: the hasher cannot change the output.
    map: HashMap<Box<str>, u32, foldhash::fast::FixedState>,
    /// First id of this thread's block (`NONE`: no block).
    base: u32,
}

thread_local! {
    static INTERNER: RefCell<Interner> = RefCell::new(Interner {
        map: HashMap::default(),
        base: NONE,
    });
}

fn new_block() -> u32 {
    NEXT_BLOCK
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |b| {
            b.checked_add(BLOCK)
        })
        .unwrap_or(NONE)
}

/// The id of `key` on this thread.
pub fn intern(key: &str) -> u32 {
    INTERNER.with(|i| {
        let mut i = i.borrow_mut();
        if let Some(&id) = i.map.get(key) {
            return id;
        }
        if i.base == NONE || i.map.len() as u32 >= BLOCK {
            i.map.clear();
            i.base = new_block();
        }
        if i.base == NONE {
            return NONE;
        }
        let id = i.base + i.map.len() as u32;
        i.map.insert(key.into(), id);
        id
    })
}

/// A memo indexed by the ids of one block: the block of the last id stored.
#[derive(Debug)]
pub struct Ids<T> {
    base: u32,
    items: Vec<T>,
}

impl<T> Default for Ids<T> {
    fn default() -> Self {
        Ids {
            base: NONE,
            items: Vec::new(),
        }
    }
}

impl<T: Default> Ids<T> {
    /// The entry of `id`, if it is in this memo's block.
    pub fn get(&self, id: u32) -> Option<&T> {
        let i = id.checked_sub(self.base).filter(|_| self.base != NONE)?;
        self.items.get(i as usize)
    }

    /// The entry of `id`, made (with its block's other entries forgotten) if need be; `None` for
    /// [`NONE`].
    pub fn slot(&mut self, id: u32) -> Option<&mut T> {
        if id == NONE {
            return None;
        }
        let block = id - (id % BLOCK);
        if block != self.base {
            self.items.clear();
            self.base = block;
        }
        let i = (id - block) as usize;
        if i >= self.items.len() {
            self.items.resize_with(i + 1, T::default);
        }
        self.items.get_mut(i)
    }

    /// Forgets every entry.
    pub fn clear(&mut self) {
        self.items.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_key_same_id_and_memo_by_block() {
        let a = intern("بغداد");
        assert_ne!(a, NONE);
        assert_eq!(intern("بغداد"), a);
        assert_ne!(intern("baghdad"), a);
        let mut m: Ids<u8> = Ids::default();
        *m.slot(a).unwrap() = 7;
        assert_eq!(m.get(a), Some(&7));
        assert_eq!(m.get(NONE), None);
        // Another block's id is not this memo's.
        assert_eq!(m.get(a + BLOCK), None);
    }
}
