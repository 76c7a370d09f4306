#!/usr/bin/Rscript
# Reads one table view as R users do and checks the column types.
#
# Usage: check.R VIEW CSV_FILE CSV_NL_FILE XLSX_FILE
#
# read.csv (the CSV), read.csv2 (the ?dialect=nl CSV: ";" and a decimal
# comma), readr::read_csv and readxl::read_excel, each with its defaults:
# numbers must load as numbers and flags as logicals, whatever a cell is
# empty for. (A column with no value at all, such as a dimension nobody
# answered, is logical NA in R: no reader can type a column without values.)
# Exits non-zero with the reason on the first failure.
suppressPackageStartupMessages({ library(readr); library(readxl) })

args <- commandArgs(trailingOnly = TRUE)
view <- args[1]
dims <- c("general", "suitability", "task", "relation", "growth", "visibility")
numeric_columns <- list(
  scores = c("score", "sd", "n", "n_items", "n_responses"),
  gaps = c("item", "coproducer", "professional", "gap", "ci_low", "ci_high"),
  trend = c("n_responses", "overall", dims, "change_overall", paste0("change_", dims),
            "change_low_overall", "change_high_overall", paste0("change_low_", dims),
            paste0("change_high_", dims), "gap_overall", paste0("gap_", dims)),
  comparisons = c("n_responses", "overall", dims, "rank"),
  responses = c("revision", paste0("item_", 1:26)))
logical_columns <- list(scores = "suppressed", gaps = c("published", "suppressed"),
                        trend = c("published", "suppressed"),
                        comparisons = c("published", "suppressed"), responses = character(0))

fail <- function(...) {
  message("check.R ", view, ": ", ...)
  quit(status = 1)
}

check <- function(frame, source) {
  for (column in c(numeric_columns[[view]], logical_columns[[view]]))
    if (!(column %in% names(frame))) fail(source, " has no column ", column)
  for (column in numeric_columns[[view]])
    if (!is.numeric(frame[[column]]) && !all(is.na(frame[[column]])))
      fail(source, ": ", column, " is ", class(frame[[column]])[1], ", not a number")
  for (column in logical_columns[[view]])
    if (!is.logical(frame[[column]]))
      fail(source, ": ", column, " is ", class(frame[[column]])[1], ", not logical")
  if (nrow(frame) == 0) fail(source, ": no rows")
  nrow(frame)
}

rows <- c(check(read.csv(args[2]), "read.csv"),
          check(read.csv2(args[3], fileEncoding = "UTF-8-BOM"), "read.csv2"),
          check(read_csv(args[2], show_col_types = FALSE, progress = FALSE), "readr"),
          check(read_excel(args[4], sheet = view), "readxl"))
if (length(unique(rows)) != 1) fail("the readers saw ", paste(rows, collapse = ", "), " rows")
cat(view, ": ", rows[1], " rows, types as expected under read.csv, read.csv2, readr and readxl\n",
    sep = "")
