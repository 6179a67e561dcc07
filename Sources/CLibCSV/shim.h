#ifndef REFGAP_CLIBCSV_SHIM_H
#define REFGAP_CLIBCSV_SHIM_H
#include <stddef.h>
#include <csv.h>
#endif
