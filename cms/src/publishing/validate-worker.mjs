/** A worker thread of a build's validation: one share of the output (validate-files.mjs › scanShare). */
import { parentPort, workerData } from 'node:worker_threads'
import { scanShare } from './validate-files.mjs'

parentPort.postMessage(scanShare(workerData))
