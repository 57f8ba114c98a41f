// The C API of cairo, Pango and fontconfig as HomeStretch uses it. GObject cast macros do
// not import into Swift, so the casts it needs are small inline functions here.
#ifndef HOMESTRETCH_CCAIRO_SHIM_H
#define HOMESTRETCH_CCAIRO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

static inline PangoFcFontMap *hs_fc_font_map(PangoFontMap *map) { return PANGO_FC_FONT_MAP(map); }
static inline PangoCairoFontMap *hs_cairo_font_map(PangoFontMap *map) { return PANGO_CAIRO_FONT_MAP(map); }
static inline void hs_object_unref(void *object) { g_object_unref(object); }

#endif
