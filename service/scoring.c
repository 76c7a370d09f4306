#include "scoring.h"

#include <string.h>

#include "result.h"

static const struct {
	enum score_scale scale;
	const char *name;
	long minimum, maximum;
} scales[] = {
	{ SCALE_PERCENT, "percent", 0, 100 },
	{ SCALE_LIKERT5, "likert5", 1, 5 },
	{ SCALE_AGREE4, "agree4", 1, 4 },
};

const char *score_scale_name(enum score_scale scale)
{
	return scales[scale].name;
}

bool score_scale_parse(const char *name, enum score_scale *scale)
{
	for (size_t i = 0; i < ARRAY_LENGTH(scales); i++) {
		if (strcmp(scales[i].name, name) == 0) {
			*scale = scales[i].scale;
			return true;
		}
	}
	return false;
}

void score_scale_range(enum score_scale scale, long *minimum, long *maximum)
{
	*minimum = scales[scale].minimum;
	*maximum = scales[scale].maximum;
}

double score_to_percent(enum score_scale scale, long value)
{
	switch (scale) {
	case SCALE_LIKERT5:
		return (double)(value - 1) * 25.0;
	case SCALE_AGREE4:
		return (double)(value - 1) * 100.0 / 3.0;
	case SCALE_PERCENT:
		break;
	}
	return (double)value;
}
