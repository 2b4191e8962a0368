//! The QR code printed on a certificate: a small greyscale PNG the template scales up with
//! crisp edges. Error correction M (15 %) survives a fold or a stain on paper.

use std::io::Cursor;

use image::{GrayImage, ImageFormat, Luma};
use qrcode::{Color, EcLevel, QrCode};

use crate::error::{Error, Result};

/// Pixels a module in the PNG; the printed size is the template's.
const MODULE_PX: u32 = 4;
/// The white margin around the code, in modules (the standard asks for four).
const QUIET: u32 = 4;

/// `text` as a QR code in a PNG file's bytes.
pub fn png(text: &str) -> Result<Vec<u8>> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(Error::internal)?;
    let modules = u32::try_from(code.width()).map_err(Error::internal)?;
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET) * MODULE_PX;
    let img = GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = (x / MODULE_PX, y / MODULE_PX);
        let inside =
            (QUIET..QUIET + modules).contains(&mx) && (QUIET..QUIET + modules).contains(&my);
        let dark =
            inside && colors[((my - QUIET) * modules + (mx - QUIET)) as usize] == Color::Dark;
        Luma([if dark { 0 } else { 255 }])
    });
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, ImageFormat::Png)
        .map_err(Error::internal)?;
    Ok(out.into_inner())
}
