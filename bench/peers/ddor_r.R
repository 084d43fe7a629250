#!/usr/bin/Rscript
# The weekly DDOR figures with R (readr or readxl, and dplyr), as the published R analyses of ICE
# detainer data read the releases: read the file, clean the column names, filter, join, count.
#
# usage: Rscript ddor_r.R FILE REFDIR FROM TO OUT.json
#
# FILE is an ero-lesa release (csv, or xlsx with ICE's four title rows above the header); REFDIR holds
# facility_lookup.csv (facility name, city, state, code -> county FIPS) and policy_scope.csv (FIPS with
# a restrictive policy and the days it was in effect), exported from DDOR's store by bench/run.
# Run with Debian's r-base-core, r-cran-readr, r-cran-readxl and r-cran-dplyr.
suppressPackageStartupMessages({
  library(readr)
  library(readxl)
  library(dplyr)
})

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 5) stop("usage: Rscript ddor_r.R FILE REFDIR FROM TO OUT.json")
path <- args[1]; refdir <- args[2]; from <- as.Date(args[3]); to <- as.Date(args[4]); out <- args[5]

columns <- c("detainer_prepare_date", "facility_state", "detention_facility", "detention_facility_code",
             "facility_city", "detainer_lift_reason", "unique_identifier", "duplicate_likely")
facility <- c("detention_facility", "facility_city", "facility_state", "detention_facility_code")
clean_names <- function(x) gsub("^_|_$", "", gsub("[^a-z0-9]+", "_", tolower(x)))

if (grepl("\\.xlsx$", path, ignore.case = TRUE)) {
  # ICE's spreadsheets: four title rows, then the header in Title Case with spaces.
  d <- read_excel(path, skip = 4)
  names(d) <- clean_names(names(d))
  d <- d[, columns]
} else {
  d <- read_csv(path, col_select = all_of(columns), show_col_types = FALSE, progress = FALSE)
}
d$detainer_prepare_date <- as.Date(d$detainer_prepare_date)

week <- d %>% filter(detainer_prepare_date >= from, detainer_prepare_date <= to)
# A row ICE flags as a likely duplicate of an earlier row (same person, day and facility) counts once.
week <- week[!(week$duplicate_likely %in% TRUE &
               duplicated(week[, c("unique_identifier", "detainer_prepare_date", facility)])), ]
week <- week %>% mutate(declined = detainer_lift_reason %in% "Detainer Declined by LEA")

lookup <- read_csv(file.path(refdir, "facility_lookup.csv"), col_types = cols(.default = col_character()))
week <- week %>% left_join(lookup, by = facility) %>% mutate(row = row_number())

declines <- week %>% filter(declined, !is.na(fips)) %>% count(fips) %>% arrange(fips)

policies <- read_csv(file.path(refdir, "policy_scope.csv"),
                     col_types = cols(fips = col_character(), effective_from = col_date(), effective_to = col_date()))
top <- week %>%
  inner_join(policies, by = "fips") %>%
  filter(detainer_prepare_date >= effective_from, is.na(effective_to) | detainer_prepare_date < effective_to) %>%
  distinct(row, fips) %>%
  count(fips, name = "issued") %>%
  arrange(desc(issued), fips) %>%
  head(10)

pairs <- if (nrow(top) == 0) "" else paste0('["', top$fips, '", ', top$issued, ']', collapse = ", ")
counts <- if (nrow(declines) == 0) "" else paste0('"', declines$fips, '": ', declines$n, collapse = ", ")
writeLines(sprintf('{"tool": "r", "issued": %d, "declined": %d, "section1": [%s], "section2": {%s}}',
                   nrow(week), sum(week$declined), pairs, counts), out)
