// finding: F2-teardown-in-let-else
// seed: 1000146
// expect `drain` => item 6 item 9 t7 w8- t7. item 6 item 9 t7 w8- t7. w11- w14- w12x w19x w15- w16- item 17 item 18 t3 w4- t3. item 6 item 9 t7 w8- t7. item 6 item 9 t7 w8- t7. w11- w14- w12x w19x w15- w16- item 17 item 18 t3 w4- t3. L22 w34- w30x w32x s35 item 6 item 9 t7 w8- t7. item 6 item 9 t7 w8- t7. w11- w14- w12x w19x w15- w16- item 17 item 18 t3 w4- t3. item 6 item 9 t7 w8- t7. item 6 item 9 t7 w8- t7. w11- w14- w12x w19x w15- w16- item 17 item 18 t3 w4- t3. item 23 item 25 s26 item 27 s29 t28 t28. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => item 6 t3 w4- t3. close
// expect `take 0 mid 1 cancel` => item 6 t3 w4- t3. cancel
// expect `take 0 mid 2 close` => item 6 t3 w4- t3. close
// expect `take 0 mid 2 cancel` => item 6 t3 w4- t3. cancel
// expect `take 0 mid 3 close` => item 6 t3 w4- t3. close
// expect `take 0 mid 3 cancel` => item 6 t3 w4- t3. cancel
// expect `take 1 close` => item 6 t3 w4- t3. close
// expect `take 1 cancel` => item 6 t3 w4- t3. cancel
// expect `take 1 mid 1 close` => item 6 item 9 t7 w8- t7. t3 w4- t3. close
// expect `take 1 mid 1 cancel` => item 6 item 9 t7 w8- t7. t3 w4- t3. cancel
// expect `take 1 mid 2 close` => item 6 item 9 t7 w8- t7. t3 w4- t3. close
// expect `take 1 mid 2 cancel` => item 6 item 9 t7 w8- t7. t3 w4- t3. cancel
// expect `take 1 mid 3 close` => item 6 item 9 t7 w8- t7. t3 w4- t3. close
// expect `take 1 mid 3 cancel` => item 6 item 9 t7 w8- t7. t3 w4- t3. cancel
// expect `take 2 close` => item 6 item 9 t7 w8- t7. t3 w4- t3. close
// expect `take 2 cancel` => item 6 item 9 t7 w8- t7. t3 w4- t3. cancel
// expect `take 2 mid 1 close` => item 6 item 9 t7 w8- t7. item 6 t3 w4- t3. close
// expect `take 2 mid 1 cancel` => item 6 item 9 t7 w8- t7. item 6 t3 w4- t3. cancel
// expect `take 2 mid 2 close` => item 6 item 9 t7 w8- t7. item 6 t3 w4- t3. close
// expect `take 2 mid 2 cancel` => item 6 item 9 t7 w8- t7. item 6 t3 w4- t3. cancel
// expect `take 2 mid 3 close` => item 6 item 9 t7 w8- t7. item 6 t3 w4- t3. close
// expect `take 2 mid 3 cancel` => item 6 item 9 t7 w8- t7. item 6 t3 w4- t3. cancel
// expect `take 3 mid 6 cancel` => item 6 item 9 t7 w8- t7. item 6 item 9 t7 w8- t7. t3 w4- t3. cancel
// expect `take 3 mid 5 cancel` => item 6 item 9 t7 w8- t7. item 6 item 9 t7 w8- t7. t3 w4- t3. cancel
// expect `take 6 mid 6 close` => item 6 item 9 t7 w8- t7. item 6 item 9 t7 w8- t7. w11- w14- w12x w19x w15- w16- item 17 item 18 t3 w4- t3. item 6 t3 w4- t3. close
// expect `take 7 mid 4 cancel` => item 6 item 9 t7 w8- t7. item 6 item 9 t7 w8- t7. w11- w14- w12x w19x w15- w16- item 17 item 18 t3 w4- t3. item 6 item 9 t7 w8- t7. t3 w4- t3. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    let mut c1 = 0;
    let b1: u32 = loop {
        c1 += 1;
        if c1 > 2 { break 30; }
        let mut c2 = 0;
        'l2: while c2 < 2 {
            c2 += 1;
            teardown! {
                ctx.log("t3");
                W::new(&ctx, 4, 1).await;
                ctx.log("t3.");
            }
            let mut c5 = 0;
            while c5 < 2 {
                c5 += 1;
                yield_!(6);
                teardown! {
                    ctx.log("t7");
                    W::new(&ctx, 8, 0).await;
                    ctx.log("t7.");
                }
                yield_!(9);
            }
            {
                W::new(&ctx, 11, 0).await;
            }
            tokio::select! {
                _ = W::new(&ctx, 12, 1), if ctx.ch(21, 0b111, 3) => {
                    yield_!(13);
                }
                _ = W::new(&ctx, 14, 0) => {
                    W::new(&ctx, 15, 3).await;
                    W::new(&ctx, 16, 1).await;
                    yield_!(17);
                    yield_!(18);
                }
                _ = W::new(&ctx, 19, 2) => {
                    W::new(&ctx, 20, 0).await;
                }
            }
        }
        let Some(v22) = ctx.opt(22, 0b1, 2) else {
            yield_!(23);
            'l24: {
                yield_!(25);
                ctx.log("s26");
            }
            yield_!(27);
            teardown! {
                ctx.log("t28");
                ctx.log("t28.");
            }
            ctx.log("s29");
            return;
        };
        ctx.log(format!("L{v22}"));
        tokio::select! {
            _ = W::new(&ctx, 30, 1) => {
                ctx.log("s31");
                return;
            }
            _ = W::new(&ctx, 32, 2) => {
                ctx.log("s33");
            }
            _ = W::new(&ctx, 34, 0) => {
                ctx.log("s35");
            }
        }
    };
    ctx.log(format!("b1={b1}"));
}
