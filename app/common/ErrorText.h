#pragma once

#include "core/io/Error.h"
#include "core/model/Document.h"

#include <QString>

namespace duizhao {

/// The words for an Error, for the user (translatable; used by both front ends).
QString errorText(const Error &error);

/// The words for a Notice about an opened document.
QString noticeText(Notice notice);

} // namespace duizhao
