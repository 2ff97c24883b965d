// finding: F2-teardown-in-let-else
// seed: 1000031
// expect `drain` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w17- w15x item 19 w20- w23- w22- w24- j24 w25- item 26 b21=20 s30 b13=19 t31 w32- t31. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => s6 t4 gaveup w5- t4. t3 t3. t31 w32- t31. close
// expect `take 0 mid 1 cancel` => s6 t4 gaveup w5- t4. t3 t3. t31 w32- t31. cancel
// expect `take 0 mid 2 close` => s6 t4 gaveup w5- t4. t3 t3. t31 w32- t31. close
// expect `take 0 mid 2 cancel` => s6 t4 gaveup w5- t4. t3 t3. t31 w32- t31. cancel
// expect `take 0 mid 3 close` => s6 t4 w5- t4. t3 t3. item 7 t31 w32- t31. close
// expect `take 0 mid 3 cancel` => s6 t4 w5- t4. t3 t3. item 7 t31 w32- t31. cancel
// expect `take 1 close` => s6 t4 w5- t4. t3 t3. item 7 t31 w32- t31. close
// expect `take 1 cancel` => s6 t4 w5- t4. t3 t3. item 7 t31 w32- t31. cancel
// expect `take 1 mid 1 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t31 w32- t31. close
// expect `take 1 mid 1 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t31 w32- t31. cancel
// expect `take 1 mid 2 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t31 w32- t31. close
// expect `take 1 mid 2 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t31 w32- t31. cancel
// expect `take 1 mid 3 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t31 w32- t31. close
// expect `take 1 mid 3 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t31 w32- t31. cancel
// expect `take 2 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t31 w32- t31. close
// expect `take 2 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t31 w32- t31. cancel
// expect `take 2 mid 1 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 gaveup w17- w15x t31 w32- t31. close
// expect `take 2 mid 1 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 gaveup w15x w17x t31 w32- t31. cancel
// expect `take 2 mid 2 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 gaveup w17- w15x t31 w32- t31. close
// expect `take 2 mid 2 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 gaveup w15x w17x t31 w32- t31. cancel
// expect `take 2 mid 3 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w17- w15x item 19 t31 w32- t31. close
// expect `take 2 mid 3 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w17- w15x item 19 t31 w32- t31. cancel
// expect `take 5 mid 5 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w17- w15x item 19 w20- w23- w22- w24- j24 w25- item 26 b21=20 s30 b13=19 t31 w32- t31. end close
// expect `take 5 mid 3 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w17- w15x item 19 w20- w23- w22- w24- j24 w25- item 26 b21=20 s30 b13=19 t31 w32- t31. end close
// expect `take 3 mid 2 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w17- w15x item 19 w20- w23- gaveup w22x w24x t31 w32- t31. cancel
// expect `take 6 mid 3 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w17- w15x item 19 w20- w23- w22- w24- j24 w25- item 26 b21=20 s30 b13=19 t31 w32- t31. end close
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t31");
        W::new(&ctx, 32, 2).await;
        ctx.log("t31.");
    }
    let mut c1 = 0;
    'l1: loop {
        c1 += 1;
        if c1 > 1 { break; }
        'l2: {
            teardown! {
                ctx.log("t3");
                ctx.log("t3.");
            }
            teardown! {
                ctx.log("t4");
                W::new(&ctx, 5, 2).await;
                ctx.log("t4.");
            }
            ctx.log("s6");
        }
        yield_!(7);
        let Some(v8) = ctx.opt(8, 0b110, 3) else {
            teardown! {
                ctx.log("t9");
                ctx.log("t9.");
            }
            ctx.log("s10");
            break 'l1;
        };
        ctx.log(format!("L{v8}"));
        yield_!(11);
    }
    yield_!(12);
    let b13: u32 = 'l13: {
        ctx.log("s14");
        tokio::select! {
            _ = W::new(&ctx, 15, 3) => {
                W::new(&ctx, 16, 2).await;
            }
            _ = W::new(&ctx, 17, 2), if ctx.ch(18, 0b11, 2) => {
                yield_!(19);
                W::new(&ctx, 20, 1).await;
                let b21: u32 = 'l21: {
                    tokio::join!(W::new(&ctx, 22, 1), W::new(&ctx, 23, 0), async { W::new(&ctx, 24, 2).await; ctx.log("j24"); });
                    W::new(&ctx, 25, 1).await;
                    yield_!(26);
                    20
                };
                ctx.log(format!("b21={b21}"));
                if ctx.ch(27, 0b10, 2) {
                    W::new(&ctx, 28, 0).await;
                    yield_!(29);
                } else {
                    ctx.log("s30");
                }
            }
        }
        break 'l13 19;
        4
    };
    ctx.log(format!("b13={b13}"));
}
