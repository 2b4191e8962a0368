//! A [`Table`] as an XLSX workbook (rust_xlsxwriter): the preamble on top, then a frozen
//! header row with an autofilter, and typed cells (numbers, euros, real dates).

use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook, XlsxError};

use super::table::{euros, Cell, Table};
use crate::error::{Error, Result};

/// Number formats are stored locale-neutral; Excel and LibreOffice show them with the
/// user's separators (`1 234,50 €` in French).
const MONEY: &str = "#,##0.00\\ \"€\"";
const DATE: &str = "dd/mm/yyyy";
const INTEGER: &str = "0";

fn fail(e: XlsxError) -> Error {
    Error::internal(format!("XLSX : {e}"))
}

pub fn write(table: &Table) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let title = Format::new().set_bold().set_font_size(13);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(0x00E8_ECF2))
        .set_border_bottom(FormatBorder::Thin);
    let money = Format::new().set_num_format(MONEY);
    let date = Format::new().set_num_format(DATE);
    let integer = Format::new().set_num_format(INTEGER);

    let sheet = book.add_worksheet();
    sheet.set_name(table.sheet_name()).map_err(fail)?;
    // Printed: landscape, one page wide, the column headers on every page.
    sheet.set_landscape().set_print_fit_to_pages(1, 0);
    for (i, line) in table.preamble().iter().enumerate() {
        let row = i as u32;
        if i == 0 {
            sheet.write_string_with_format(row, 0, line, &title)
        } else {
            sheet.write_string(row, 0, line)
        }
        .map_err(fail)?;
    }

    let top = table.header_row() as u32;
    for (c, column) in table.columns.iter().enumerate() {
        let col = c as u16;
        sheet
            .write_string_with_format(top, col, &column.header, &header)
            .map_err(fail)?;
        sheet.set_column_width(col, column.width).map_err(fail)?;
    }
    for (r, cells) in table.rows.iter().enumerate() {
        let row = top + 1 + r as u32;
        for (c, cell) in cells.iter().enumerate() {
            let col = c as u16;
            match cell {
                Cell::Text(s) => sheet.write_string(row, col, s),
                Cell::Integer(n) => sheet.write_number_with_format(row, col, *n as f64, &integer),
                Cell::Money(cents) => {
                    sheet.write_number_with_format(row, col, euros(*cents), &money)
                }
                Cell::Date(d) => sheet.write_datetime_with_format(row, col, d, &date),
                Cell::Empty => continue,
            }
            .map_err(fail)?;
        }
    }
    if let Some(last) = table.columns.len().checked_sub(1) {
        let last_row = top + table.rows.len() as u32;
        sheet
            .autofilter(top, 0, last_row, last as u16)
            .map_err(fail)?;
        sheet.set_freeze_panes(top + 1, 0).map_err(fail)?;
        sheet.set_repeat_rows(top, top).map_err(fail)?;
    }
    book.save_to_buffer().map_err(fail)
}
