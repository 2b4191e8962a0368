//! A [`Table`] as an OpenDocument spreadsheet (spreadsheet-ods): the same layout as the
//! XLSX, with typed cells — floats, currency in euros, dates — and French number formats.

use spreadsheet_ods::color::Rgb;
use spreadsheet_ods::format::FormatNumberStyle;
use spreadsheet_ods::style::units::PrintOrientation;
use spreadsheet_ods::style::units::{Border, FontSize, Length};
use spreadsheet_ods::style::{CellStyle, MasterPage, PageStyle, TableStyle};
use spreadsheet_ods::{
    OdsError, Sheet, Value, ValueFormatCurrency, ValueFormatDateTime, ValueFormatNumber, WorkBook,
};

use super::table::{euros, Cell, Table};
use crate::error::{Error, Result};

fn fail(e: OdsError) -> Error {
    Error::internal(format!("ODS : {e}"))
}

/// French separators whatever the reader's system locale: "1 234,50 €". (The locale type
/// is the crate's, inferred where it is used.)
fn french<L: std::str::FromStr>() -> Result<L>
where
    L::Err: std::fmt::Display,
{
    "fr-FR".parse().map_err(Error::internal)
}

/// Formats and styles registered once in the workbook.
struct Styles {
    title: spreadsheet_ods::CellStyleRef,
    header: spreadsheet_ods::CellStyleRef,
    date: spreadsheet_ods::CellStyleRef,
    money: spreadsheet_ods::CellStyleRef,
    integer: spreadsheet_ods::CellStyleRef,
}

fn styles(book: &mut WorkBook) -> Result<Styles> {
    let mut date = ValueFormatDateTime::new_localized("export-date-format", french()?);
    date.part_day().style(FormatNumberStyle::Long).build();
    date.part_text("/").build();
    date.part_month().style(FormatNumberStyle::Long).build();
    date.part_text("/").build();
    date.part_year().style(FormatNumberStyle::Long).build();
    let date = book.add_datetime_format(date);

    let mut money = ValueFormatCurrency::new_localized("export-money-format", french()?);
    money
        .part_number()
        .fixed_decimal_places(2)
        .grouping()
        .build();
    money.part_text(" ").build();
    money.part_currency().locale(french()?).symbol("€").build();
    let money = book.add_currency_format(money);

    let mut integer = ValueFormatNumber::new_localized("export-integer-format", french()?);
    integer.part_number().decimal_places(0).build();
    let integer = book.add_number_format(integer);

    let mut title = CellStyle::new_empty();
    title.set_name("export-title");
    title.set_font_bold();
    title.set_font_size(FontSize::Length(Length::Pt(13.0)));
    let mut header = CellStyle::new_empty();
    header.set_name("export-header");
    header.set_font_bold();
    header.set_background_color(Rgb::new(0xE8, 0xEC, 0xF2));
    header.set_border_bottom(Length::Pt(0.75), Border::Solid, Rgb::new(0x80, 0x80, 0x80));
    Ok(Styles {
        title: book.add_cellstyle(title),
        header: book.add_cellstyle(header),
        date: book.add_cellstyle(CellStyle::new("export-date", &date)),
        money: book.add_cellstyle(CellStyle::new("export-money", &money)),
        integer: book.add_cellstyle(CellStyle::new("export-integer", &integer)),
    })
}

/// Printed like the XLSX: A4 landscape, every column on one page width.
fn landscape(book: &mut WorkBook) -> spreadsheet_ods::style::TableStyleRef {
    let mut page = PageStyle::new("export-page");
    page.set_page_width(Length::Cm(29.7));
    page.set_page_height(Length::Cm(21.0));
    page.set_print_orientation(PrintOrientation::Landscape);
    // ODF 1.3: scale so that the columns fit one page across, any number of pages down.
    page.style_mut().set_attr("style:scale-to-X", "1");
    page.style_mut().set_attr("style:scale-to-Y", "0");
    let page = book.add_pagestyle(page);
    let mut master = MasterPage::new("export-master");
    master.set_pagestyle(&page);
    let master = book.add_masterpage(master);
    let mut style = TableStyle::new("export-table");
    style.set_master_page(&master);
    book.add_tablestyle(style)
}

pub fn write(table: &Table) -> Result<Vec<u8>> {
    let mut book = WorkBook::new_empty();
    let st = styles(&mut book)?;
    let mut sheet = Sheet::new(table.sheet_name());
    sheet.set_style(&landscape(&mut book));
    for (i, line) in table.preamble().iter().enumerate() {
        if i == 0 {
            sheet.set_styled_value(0, 0, line.as_str(), &st.title);
        } else {
            sheet.set_value(i as u32, 0, line.as_str());
        }
    }
    let top = table.header_row() as u32;
    for (c, column) in table.columns.iter().enumerate() {
        let col = c as u32;
        sheet.set_styled_value(top, col, column.header.as_str(), &st.header);
        // About 0.21 cm per character of the default 10 pt font.
        sheet.set_col_width(col, Length::Cm(column.width * 0.21));
    }
    for (r, cells) in table.rows.iter().enumerate() {
        let row = top + 1 + r as u32;
        for (c, cell) in cells.iter().enumerate() {
            let col = c as u32;
            match cell {
                Cell::Text(s) => sheet.set_value(row, col, s.as_str()),
                Cell::Integer(n) => sheet.set_styled_value(row, col, *n as f64, &st.integer),
                Cell::Money(cents) => sheet.set_styled_value(
                    row,
                    col,
                    Value::Currency(euros(*cents), "EUR".into()),
                    &st.money,
                ),
                Cell::Date(d) => sheet.set_styled_value(row, col, *d, &st.date),
                Cell::Empty => {}
            }
        }
    }
    sheet.split_row_header(top);
    book.push_sheet(sheet);
    spreadsheet_ods::write_ods_buf(&mut book, Vec::new()).map_err(fail)
}
