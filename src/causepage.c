/* SPDX-License-Identifier: GPL-3.0-or-later */
/* causepage.c -- a cause's page and lines, laid out like a code's.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "causepage.h"
#include "facts.h"
#include "i18n.h"
#include "out.h"
#include "render.h"

const char *
causepage_retry (enum retry retry)
{
  switch (retry)
    {
    case RETRY_YES:
      return _("yes: sending again may work once the fault is fixed");
    case RETRY_LATER:
      return _("later: the same message may go through after a while");
    default:
      return _("no: sending the same message again fails again");
    }
}

void
causepage_render (const struct cause_entry *entry)
{
  char actors[512], codes[256];
  const char *labels[4], *values[4];
  size_t n = 0;
  facts_actors (entry->actors, actors, sizeof actors);
  snprintf (codes, sizeof codes, "%s", codedb_text (entry->codes));
  render_title (codedb_cause_name (entry->cause), _(codedb_text (entry->title)));
  labels[n] = _("Who acts"), values[n++] = actors;
  labels[n] = _("Retry"), values[n++] = causepage_retry (entry->retry);
  if (codes[0])
    labels[n] = _("Codes"), values[n++] = codes;
  labels[n] = NULL, values[n] = NULL;
  render_facts (labels, values);
  render_section (_("Description"), _(codedb_text (entry->description)));
  render_section (_("When it occurs"), _(codedb_text (entry->when)));
  render_section (_("How to fix"), _(codedb_text (entry->fix)));
}

void
causepage_brief (const struct cause_entry *entry)
{
  out_printf ("%-16s  %s\n", codedb_cause_name (entry->cause), _(codedb_text (entry->title)));
}

void
causepage_lead (const struct cause_entry *entry)
{
  char line[1024];
  snprintf (line, sizeof line, _("Cause: %s"), _(codedb_text (entry->title)));
  render_paragraph (line, 2);
  render_paragraph (_(codedb_text (entry->fix)), 2);
}
