#!/usr/bin/env node
import { main } from '../dist/bundle/horizon.js';

main();
