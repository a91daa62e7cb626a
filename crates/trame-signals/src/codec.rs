//! Little-endian binary encoding of the models; the whole file is deflated.

use crate::Error;

#[derive(Default)]
pub(crate) struct Writer {
    buffer: Vec<u8>,
}

impl Writer {
    pub fn u32(&mut self, value: u32) {
        self.buffer.extend_from_slice(&value.to_le_bytes());
    }

    pub fn f32s(&mut self, values: &[f32]) {
        for value in values {
            self.buffer.extend_from_slice(&value.to_le_bytes());
        }
    }

    pub fn bytes(&mut self, bytes: &[u8]) {
        self.buffer.extend_from_slice(bytes);
    }

    pub fn str(&mut self, text: &str) {
        self.u32(text.len() as u32);
        self.bytes(text.as_bytes());
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.buffer
    }
}

pub(crate) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { rest: bytes }
    }

    pub fn bytes(&mut self, count: usize) -> Result<&'a [u8], Error> {
        if count > self.rest.len() {
            return Err(Error::Format("truncated model"));
        }
        let (head, tail) = self.rest.split_at(count);
        self.rest = tail;
        Ok(head)
    }

    pub fn u32(&mut self) -> Result<u32, Error> {
        let bytes = self.bytes(4)?;
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    pub fn f32s(&mut self, count: usize) -> Result<Vec<f32>, Error> {
        let bytes = self.bytes(
            count
                .checked_mul(4)
                .ok_or(Error::Format("length overflow"))?,
        )?;
        Ok(bytes
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect())
    }

    pub fn str(&mut self) -> Result<&'a str, Error> {
        let length = self.u32()? as usize;
        std::str::from_utf8(self.bytes(length)?)
            .map_err(|_| Error::Format("invalid UTF-8 in model"))
    }

    pub fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }
}
