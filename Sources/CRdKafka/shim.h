#ifndef FLIGHTDECK_CRDKAFKA_SHIM_H
#define FLIGHTDECK_CRDKAFKA_SHIM_H
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#endif
