#pragma once

// AlignedText moved to the engine (core/model/AlignedText.h); this keeps older includes working.
#include "core/model/AlignedText.h"
