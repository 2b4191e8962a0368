//! Finding a certificate's QR code in a file: a picture (PNG, JPEG — a phone's photo, a
//! page rendered by `pdftoppm`) or a PDF, whose embedded images are searched (the QR code
//! of a CoopDesk PDF is one; so is the page of a scanner's PDF). Pure Rust: a foreign unit
//! needs nothing else installed.

use std::path::Path;

use image::{imageops, GrayImage, Luma};
use lopdf::{Document, Object};

use super::payload::{self, Read};
use crate::error::{Error, ErrorCode, Result};
use crate::i18n;

/// Files larger than this are not certificates (a scanner's PDF of one page is far less).
const MAX_FILE: u64 = 64 * 1024 * 1024;
/// Pictures larger than this (in pixels) are refused rather than decoded.
const MAX_PIXELS: u64 = 60_000_000;

/// The certificate text of the QR code found in `path`. A file that cannot be read, holds
/// no QR code, or only QR codes of something else, is `BAD_FILE` with a French message.
pub fn scan_file(path: &Path) -> Result<Read> {
    let name = path.display().to_string();
    let bad = |id: &str| {
        Error::new(
            ErrorCode::BadFile,
            id,
            i18n::args([("path", name.as_str())]),
        )
        .with_field("file")
    };
    let size = std::fs::metadata(path)
        .map_err(|_| bad("err-scan-unreadable"))?
        .len();
    if size > MAX_FILE {
        return Err(bad("err-scan-too-large"));
    }
    let bytes = std::fs::read(path).map_err(|_| bad("err-scan-unreadable"))?;
    let images = if bytes.starts_with(b"%PDF-") {
        pdf_images(&bytes).map_err(|()| bad("err-scan-pdf"))?
    } else {
        vec![picture(&bytes).map_err(|()| bad("err-scan-unreadable"))?]
    };
    let mut other_code = false;
    for image in images {
        for text in codes(image) {
            match payload::read(&text) {
                Some(read) => return Ok(read),
                None => other_code = true,
            }
        }
    }
    Err(bad(if other_code {
        "err-scan-not-ours"
    } else {
        "err-scan-no-code"
    }))
}

fn picture(bytes: &[u8]) -> std::result::Result<GrayImage, ()> {
    let reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| ())?;
    let (w, h) = reader.into_dimensions().map_err(|_| ())?;
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(());
    }
    image::load_from_memory(bytes)
        .map(|i| i.to_luma8())
        .map_err(|_| ())
}

/// The contents of every QR code rqrr finds in `image`. rqrr wants several pixels a
/// module: a small picture (the QR code embedded at a few pixels a module) is enlarged
/// first, and a page where nothing is found is tried again at twice its size (a page
/// rendered at 150 dpi gives three pixels a module).
fn codes(image: GrayImage) -> Vec<Vec<u8>> {
    let longest = image.width().max(image.height()).max(1);
    if longest < 600 {
        let factor = 600 / longest + 1;
        return detect(framed(&enlarged(&image, factor), 8 * factor));
    }
    let found = detect(image.clone());
    if !found.is_empty() || longest > 5000 {
        return found;
    }
    detect(enlarged(&image, 2))
}

fn enlarged(image: &GrayImage, factor: u32) -> GrayImage {
    imageops::resize(
        image,
        image.width() * factor,
        image.height() * factor,
        imageops::FilterType::Triangle,
    )
}

/// `image` on a white margin of `pad` pixels, in case the picture is the code without its own.
fn framed(image: &GrayImage, pad: u32) -> GrayImage {
    let mut out = GrayImage::from_pixel(
        image.width() + 2 * pad,
        image.height() + 2 * pad,
        Luma([255]),
    );
    imageops::overlay(&mut out, image, i64::from(pad), i64::from(pad));
    out
}

fn detect(image: GrayImage) -> Vec<Vec<u8>> {
    let mut prepared = rqrr::PreparedImage::prepare(image);
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|grid| {
            let mut out = Vec::new();
            grid.decode_to(&mut out).ok().map(|_| out)
        })
        .collect()
}

/// Every image a PDF embeds, in grey: raw samples (Flate-compressed, 8 or 1 bit, grey, RGB
/// or CMYK, ICC-based included) and JPEGs. Other kinds are skipped.
fn pdf_images(bytes: &[u8]) -> std::result::Result<Vec<GrayImage>, ()> {
    let doc = Document::load_mem(bytes).map_err(|_| ())?;
    let mut images = Vec::new();
    for object in doc.objects.values() {
        let Object::Stream(stream) = object else {
            continue;
        };
        let dict = &stream.dict;
        if !matches!(dict.get(b"Subtype").and_then(Object::as_name), Ok(b"Image")) {
            continue;
        }
        let int = |key: &[u8]| dict.get_deref(key, &doc).and_then(Object::as_i64).ok();
        let (Some(w), Some(h)) = (int(b"Width"), int(b"Height")) else {
            continue;
        };
        let (Ok(w), Ok(h)) = (u32::try_from(w), u32::try_from(h)) else {
            continue;
        };
        if w == 0 || h == 0 || u64::from(w) * u64::from(h) > MAX_PIXELS {
            continue;
        }
        let filters = stream.filters().unwrap_or_default();
        if filters.last() == Some(&&b"DCTDecode"[..]) {
            if let Ok(img) =
                image::load_from_memory_with_format(&stream.content, image::ImageFormat::Jpeg)
            {
                images.push(img.to_luma8());
            }
            continue;
        }
        let samples = if filters.is_empty() {
            stream.content.clone()
        } else if filters.iter().all(|f| *f == b"FlateDecode") {
            match stream.decompressed_content() {
                Ok(s) => s,
                Err(_) => continue,
            }
        } else {
            continue;
        };
        let components = components(dict.get_deref(b"ColorSpace", &doc).ok(), &doc);
        let bits = int(b"BitsPerComponent").unwrap_or(8);
        if let Some(img) = to_gray(&samples, w, h, components, bits) {
            images.push(img);
        }
    }
    Ok(images)
}

/// Colour components of a PDF colour space (1 when unknown: the mask of a stencil).
fn components(space: Option<&Object>, doc: &Document) -> usize {
    match space {
        Some(Object::Name(n)) => match n.as_slice() {
            b"DeviceRGB" | b"CalRGB" => 3,
            b"DeviceCMYK" => 4,
            _ => 1,
        },
        Some(Object::Array(a)) => match a.first().and_then(|o| o.as_name().ok()) {
            Some(b"ICCBased") => a
                .get(1)
                .and_then(|r| match r {
                    Object::Reference(id) => doc.get_object(*id).ok(),
                    other => Some(other),
                })
                .and_then(|o| o.as_stream().ok())
                .and_then(|s| s.dict.get(b"N").and_then(Object::as_i64).ok())
                .and_then(|n| usize::try_from(n).ok())
                .unwrap_or(1),
            Some(b"CalRGB") => 3,
            _ => 1,
        },
        _ => 1,
    }
}

fn to_gray(samples: &[u8], w: u32, h: u32, components: usize, bits: i64) -> Option<GrayImage> {
    let (wu, hu) = (w as usize, h as usize);
    match bits {
        8 => {
            if samples.len() < wu * hu * components {
                return None;
            }
            let mut img = GrayImage::new(w, h);
            for (i, p) in img.pixels_mut().enumerate() {
                let px = &samples[i * components..(i + 1) * components];
                let v = match components {
                    3 => {
                        (u32::from(px[0]) * 30 + u32::from(px[1]) * 59 + u32::from(px[2]) * 11)
                            / 100
                    }
                    4 => 255u32.saturating_sub(u32::from(px[3]).max(u32::from(px[0]))),
                    _ => u32::from(px[0]),
                };
                *p = Luma([v.min(255) as u8]);
            }
            Some(img)
        }
        1 if components == 1 => {
            let row = wu.div_ceil(8);
            if samples.len() < row * hu {
                return None;
            }
            Some(GrayImage::from_fn(w, h, |x, y| {
                let byte = samples[y as usize * row + x as usize / 8];
                let bit = (byte >> (7 - (x % 8))) & 1;
                Luma([if bit == 1 { 255 } else { 0 }])
            }))
        }
        _ => None,
    }
}
